// `npm run bench:load`: how much traffic the production server takes. Builds if
// needed, starts scripts/serve/serve.mjs over out/ and, as a reference, a minimal
// static file server (node:http + fs, files kept in memory, no headers or
// checks), each in its own process so the load generator does not share their
// event loop. autocannon then loads a page and a content-hashed asset on each.
// Prints requests per second, p99 latency and errors; writes
// bench-results/load-<time>.json. Options: --seconds N (default 10),
// --connections N (default 10).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildIfNeeded } from '../../static-export/postbuild/build-fingerprint.mjs';
import { listFiles, OUT_DIR } from '../../static-export/site-files.mjs';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return Number(at > -1 ? process.argv[at + 1] : fallback);
}

async function startServer(args, port) {
  const child = spawn(process.execPath, [...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PORT: String(port) } });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', resolve);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return child;
}

function load(url, seconds, connections) {
  return autocannon({ url, duration: seconds, connections });
}

async function main() {
  buildIfNeeded();
  const seconds = option('seconds', 10);
  const connections = option('connections', 10);
  const basePort = option('port', 3900);
  // Pages carry their CSS inline (static-export/postbuild/page-css.mjs): the content-hashed file is the planner script.
  const asset = listFiles(OUT_DIR).find((file) => /^_planner\/.+\.js$/.test(file));
  if (!asset) throw new Error('No content-hashed page script in the build');
  const targets = [
    ['page', '/what-is-a-port'],
    ['hashed asset', `/${asset}`],
  ];
  const servers = [
    ['ours (scripts/serve/server.mjs)', ['scripts/serve/serve.mjs', '--port', String(basePort)], basePort],
    ['minimal node:http + fs', ['scripts/serve/plain-server.mjs', OUT_DIR, String(basePort + 1)], basePort + 1],
  ];
  const rows = [];
  for (const [serverName, args, port] of servers) {
    const child = await startServer(args, port);
    try {
      for (const [kind, urlPath] of targets) {
        process.stderr.write(`${serverName}: ${kind} ${urlPath} for ${seconds}s … `);
        await load(`http://127.0.0.1:${port}${urlPath}`, 1, connections); // warm-up, not counted
        const result = await load(`http://127.0.0.1:${port}${urlPath}`, seconds, connections);
        const row = {
          server: serverName,
          kind,
          path: urlPath,
          requestsPerSecond: result.requests.average,
          p99Ms: result.latency.p99,
          requests: result.requests.total,
          errors: result.errors + result.timeouts + result.non2xx,
          bytesPerSecond: result.throughput.average,
        };
        rows.push(row);
        process.stderr.write(`${row.requestsPerSecond.toFixed(0)} req/s\n`);
      }
    } finally {
      child.kill('SIGTERM');
    }
  }

  console.log(`\nautocannon, ${connections} connections, ${seconds}s per target, ${new Date().toISOString()}\n`);
  console.log('| server | target | req/s | p99 ms | requests | errors |');
  console.log('|---|---|--:|--:|--:|--:|');
  for (const r of rows) console.log(`| ${r.server} | ${r.kind} \`${r.path}\` | ${r.requestsPerSecond.toFixed(0)} | ${r.p99Ms} | ${r.requests} | ${r.errors} |`);
  const errors = rows.reduce((sum, r) => sum + r.errors, 0);
  console.log(errors === 0 ? '\nZero errors.' : `\n${errors} errors (non-2xx, timeouts or socket errors).`);

  fs.mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), seconds, connections, rows }, null, 2));
  console.log(`Wrote ${file}`);
  if (errors > 0) process.exitCode = 1;
}

await main();
