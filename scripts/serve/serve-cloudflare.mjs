// Serves a build with Cloudflare Pages' own runtime for the browser tests
// (playwright.config.ts): `node scripts/serve/serve-cloudflare.mjs --port 3120`,
// OUT_DIR as for the other scripts. `wrangler pages dev` runs the export and
// its _headers in workerd, the engine Cloudflare runs, both from npm (the
// pinned devDependency), with no network: no metrics, no update check (the
// banner and a too-new compatibility date both ask npm for a newer
// wrangler), no download of the `request.cf` data; it runs in a temp folder,
// so its bundles, state and logs stay out of the checkout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { OUT_DIR } from '../../static-export/site-files.mjs';

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : 3120);

if (!fs.existsSync(path.join(OUT_DIR, '_headers'))) {
  console.error(`No _headers in ${OUT_DIR}: run "npm run build" (with the same OUT_DIR) first.`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const wrangler = path.join(path.dirname(require.resolve('wrangler/package.json')), 'bin', 'wrangler.js');
// The newest date the bundled workerd supports is its own version's date (workerd 1.20260426.1: 2026-04-26).
const workerdVersion = JSON.parse(fs.readFileSync(require.resolve('workerd/package.json', { paths: [path.dirname(wrangler)] }), 'utf8')).version;
const compatibilityDate = workerdVersion.replace(/^\d+\.(\d{4})(\d{2})(\d{2})\..*$/, '$1-$2-$3');

const runDir = path.join(os.tmpdir(), `port-guide-cloudflare-${port}`);
fs.rmSync(runDir, { recursive: true, force: true });
fs.mkdirSync(runDir, { recursive: true });

const args = [
  wrangler, 'pages', 'dev', path.resolve(OUT_DIR),
  '--ip', '127.0.0.1',
  '--port', String(port),
  // Its debugger port too, so two checkouts (E2E_PORT) can run side by side.
  '--inspector-port', String(port + 1),
  '--compatibility-date', compatibilityDate,
  '--persist-to', path.join(runDir, 'state'),
  '--show-interactive-dev-session=false',
];
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_LOG_PATH: path.join(runDir, 'logs'),
};
const server = spawn(process.execPath, args, { stdio: 'inherit', env, cwd: runDir });
console.log(`wrangler pages dev (workerd ${workerdVersion}, compatibility date ${compatibilityDate}) is serving ${path.relative(process.cwd(), OUT_DIR)} at http://localhost:${port}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
