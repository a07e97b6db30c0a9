// `npm test`: every check, in the order that fails fastest. First makes sure
// the browser tests can run (Chromium and nginx, installed when missing), then
// builds the site twice (a second clinic's config, then the default) so the
// browser tests can prove that clinic values come only from the config.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { errorLines } from '../../static-export/verify/build-output.mjs';
import { ensureChromium } from './chromium.mjs';
import { ensureNginx } from './nginx.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function finish(title, started, ok) {
  console.log(`=== ${title}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  if (!ok) process.exit(1);
}

function step(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  finish(title, started, result.status === 0);
}

/** A build, its output shown as it comes and read afterwards: an `Error:` line fails it even when next build passes. */
async function buildStep(title, extraEnv = {}) {
  console.log(`\n=== ${title}: npm run build`);
  const started = Date.now();
  const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
  let output = '';
  child.stdout.on('data', (chunk) => (process.stdout.write(chunk), (output += chunk)));
  child.stderr.on('data', (chunk) => (process.stderr.write(chunk), (output += chunk)));
  const status = await new Promise((resolve) => child.on('close', resolve));
  const errors = errorLines(output);
  if (status === 0 && errors.length) console.error(`The build passed but printed ${errors.length} error line(s):\n${errors.join('\n')}`);
  finish(title, started, status === 0 && errors.length === 0);
}

// In seconds, before anything slow: without a browser or nginx the last stage cannot run.
console.log('\n=== Chromium and nginx for the browser tests');
for (const [name, found] of [['CHROMIUM_PATH', ensureChromium()], ['NGINX_PATH', ensureNginx()]]) {
  if (found.error) {
    console.error(found.error);
    process.exit(1);
  }
  console.log(`${name}=${found.path} (${found.from})`);
  env[name] = found.path;
}

step('lint', 'npx', ['eslint', '.']);
step('unit tests', 'npx', ['vitest', 'run']);
await buildStep('build (second clinic)', { CLINIC_CONFIG: 'tests/fixtures/second-clinic.json', OUT_DIR: 'out-second-clinic' });
step('site checks (second clinic)', 'node', ['static-export/verify/check-built-site.mjs', 'out-second-clinic']);
await buildStep('build (default clinic)');
step('site checks (default clinic)', 'node', ['static-export/verify/check-built-site.mjs', 'out']);
step('type-check', 'npx', ['tsc', '--noEmit']);
if (!fs.existsSync('out/index.html')) throw new Error('out/ was not built');
step('browser tests', 'npx', ['playwright', 'test']);
