// Serves a build with nginx for the browser tests (playwright.config.ts):
// `node scripts/serve/serve-nginx.mjs --port 3110`, OUT_DIR as for the other scripts.
// Runs nginx in the foreground until it is stopped.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findNginx, MISSING_NGINX, writeNginxTestServer } from '../test-setup/nginx.mjs';
import { deployDirFor, OUT_DIR } from '../../static-export/site-files.mjs';

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : 3110);
const deployDir = deployDirFor(OUT_DIR);

const nginx = findNginx();
if (!nginx || nginx.error) {
  console.error(nginx?.error ?? MISSING_NGINX);
  process.exit(1);
}
if (!fs.existsSync(path.join(deployDir, 'nginx', 'maps.conf'))) {
  console.error(`No nginx files in ${deployDir}: run "npm run build" (with the same OUT_DIR) first.`);
  process.exit(1);
}
const conf = writeNginxTestServer({ outDir: OUT_DIR, deployDir, port, nginxPath: nginx.path });
const check = spawnSync(nginx.path, ['-t', '-q', '-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
if (check.status !== 0) process.exit(check.status ?? 1);

const server = spawn(nginx.path, ['-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
console.log(`nginx (${nginx.path}) is serving ${path.relative(process.cwd(), OUT_DIR)} at http://localhost:${port}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
