// `npm test`: every check, in the order that fails fastest. First makes sure
// the browser tests can run (Chromium and nginx, installed when missing), then
// builds the site three times (a second clinic's config, a UK clinic's, then
// the default) so the browser tests can prove that clinic values come only from
// the config, and that a clinic outside the US gets its own country's formats.
//
// Each step has a time budget (seconds, on the 2-core CI machine; the whole
// run's is 35 minutes, docs/testing.md). A step over its budget still passes,
// but prints a warning, and the summary at the end shows every step's time.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { errorLines } from '../../static-export/verify/build-output.mjs';
import { ensureChromium } from './chromium.mjs';
import { ensureNginx } from './nginx.mjs';
import { overBudget, summary, TOTAL_BUDGET_SECONDS } from './test-budget.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const runStarted = Date.now();
/** [title, seconds, budget] of each step so far. */
const timings = [];

function finish(title, budget, started, ok) {
  const seconds = Math.round((Date.now() - started) / 1000);
  timings.push([title, seconds, budget]);
  console.log(`=== ${title}: ${ok ? 'ok' : 'FAILED'} in ${seconds}s (budget ${budget}s)`);
  const warning = overBudget(title, seconds, budget);
  if (warning) console.warn(warning);
  if (!ok) {
    console.log(summary(timings, (Date.now() - runStarted) / 1000));
    process.exit(1);
  }
}

function step(title, budget, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  finish(title, budget, started, result.status === 0);
}

/** A build, its output shown as it comes and read afterwards: an `Error:` line fails it even when next build passes. */
async function buildStep(title, budget, extraEnv = {}) {
  console.log(`\n=== ${title}: npm run build`);
  const started = Date.now();
  const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
  let output = '';
  child.stdout.on('data', (chunk) => (process.stdout.write(chunk), (output += chunk)));
  child.stderr.on('data', (chunk) => (process.stderr.write(chunk), (output += chunk)));
  const status = await new Promise((resolve) => child.on('close', resolve));
  const errors = errorLines(output);
  if (status === 0 && errors.length) console.error(`The build passed but printed ${errors.length} error line(s):\n${errors.join('\n')}`);
  finish(title, budget, started, status === 0 && errors.length === 0);
}

// In seconds, before anything slow: without a browser or nginx the last stage cannot run.
console.log('\n=== Chromium and nginx for the browser tests');
const toolsStarted = Date.now();
for (const [name, found] of [['CHROMIUM_PATH', ensureChromium()], ['NGINX_PATH', ensureNginx()]]) {
  if (found.error) {
    console.error(found.error);
    process.exit(1);
  }
  console.log(`${name}=${found.path} (${found.from})`);
  env[name] = found.path;
}
// Installing both with apt-get on a fresh machine takes a few minutes; finding them, none.
finish('Chromium and nginx', 180, toolsStarted, true);

step('lint', 60, 'npx', ['eslint', '.']);
step('unit tests', 200, 'npx', ['vitest', 'run']);
await buildStep('build (second clinic)', 120, { CLINIC_CONFIG: 'tests/fixtures/second-clinic.json', OUT_DIR: 'out-second-clinic' });
step('site checks (second clinic)', 45, 'node', ['static-export/verify/check-built-site.mjs', 'out-second-clinic']);
await buildStep('build (UK clinic)', 120, { CLINIC_CONFIG: 'tests/fixtures/uk-clinic.json', OUT_DIR: 'out-uk-clinic' });
step('site checks (UK clinic)', 45, 'node', ['static-export/verify/check-built-site.mjs', 'out-uk-clinic']);
await buildStep('build (default clinic)', 120, {});
step('site checks (default clinic)', 45, 'node', ['static-export/verify/check-built-site.mjs', 'out']);
step('type-check', 60, 'npx', ['tsc', '--noEmit']);
if (!fs.existsSync('out/index.html')) throw new Error('out/ was not built');
step('browser tests', 1105, 'npx', ['playwright', 'test']);
console.log(summary(timings, (Date.now() - runStarted) / 1000));
if ((Date.now() - runStarted) / 1000 > TOTAL_BUDGET_SECONDS) console.warn(overBudget('npm test', Math.round((Date.now() - runStarted) / 1000), TOTAL_BUDGET_SECONDS));
