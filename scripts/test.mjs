// `npm test`: every check, in the order that fails fastest. Builds the site
// twice (a second clinic's config, then the default) so the browser tests can
// prove that clinic values come only from the config.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function step(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('lint', 'npx', ['eslint', '.']);
step('unit tests', 'npx', ['vitest', 'run']);
step('build (second clinic)', 'npm', ['run', 'build'], { CLINIC_CONFIG: 'tests/fixtures/second-clinic.json', OUT_DIR: 'out-second-clinic' });
step('site checks (second clinic)', 'node', ['scripts/check-built-site.mjs', 'out-second-clinic']);
step('build (default clinic)', 'npm', ['run', 'build']);
step('site checks (default clinic)', 'node', ['scripts/check-built-site.mjs', 'out']);
step('type-check', 'npx', ['tsc', '--noEmit']);
if (!fs.existsSync('out/index.html')) throw new Error('out/ was not built');
step('browser tests', 'npx', ['playwright', 'test']);
