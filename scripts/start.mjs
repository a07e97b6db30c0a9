// `npm start`: build when the sources or the clinic config changed since the
// last build, then serve out/ on http://localhost:3000.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildFingerprint } from './build-fingerprint.mjs';
import { OUT_DIR } from './site-files.mjs';

function lastBuildFingerprint() {
  try {
    return JSON.parse(fs.readFileSync(path.join(OUT_DIR, '.build-info.json'), 'utf8')).fingerprint;
  } catch {
    return null;
  }
}

if (lastBuildFingerprint() !== buildFingerprint()) {
  console.log('Building the site (sources or clinic config changed since the last build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('The built site is up to date.');
}
await import('./serve.mjs');
