// Only lib/env.mjs reads CLINIC_CONFIG, OUT_DIR and CONTENT_DIR, so their
// defaults and meaning cannot drift apart between the build, the server and
// the scripts. Tests may set them (a child build's env, a saved value).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const READ = /process\.env(?:\.|\[\s*['"`])(CLINIC_CONFIG|OUT_DIR|CONTENT_DIR)\b/;
const SOURCE = /\.(?:[cm]?js|[cm]?ts|tsx)$/;
const TEST = /\.(?:test|spec)\.[cm]?[jt]sx?$/;

test('no source file but lib/env.mjs reads CLINIC_CONFIG, OUT_DIR or CONTENT_DIR from the environment', () => {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => SOURCE.test(file) && !TEST.test(file) && file !== 'lib/env.mjs' && fs.existsSync(file));
  expect(files.length).toBeGreaterThan(50);
  const readers = files.filter((file) => READ.test(fs.readFileSync(file, 'utf8')));
  expect(readers).toEqual([]);
});
