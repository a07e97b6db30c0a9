// The measurement behind the search engine's choice (docs/search.md), to run
// again when the site grows. Not part of `npm test`: it needs the two engines
// we did not choose, installed for the run only:
//
//   npm install --no-save pagefind@1.6.0 flexsearch@0.8.212
//   npm run build && node scripts/bench/search-engines.mjs [runs]
//
// Copies the build (out/, or OUT_DIR) to a temporary folder, runs Pagefind over
// it (--root-selector article), and bundles three small pages: Pagefind's own
// API, MiniSearch through lib/search/engine.ts, and FlexSearch, the last two
// over the build's /_search/<lang>.json. Serves them from a server that waits
// one 150 ms round trip per file and sends at 1.6 Mbit/s (done in the server,
// so the requests of Pagefind's web worker are slowed and counted too), opens
// each in Chromium with the CPU slowed 4x, and prints, per engine and
// language, the median time and the bytes for the first query (nothing loaded
// yet) and for each later one, and the first result.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test-setup/chromium.mjs';
import { OUT_DIR } from '../../static-export/site-files.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const QUERIES = { en: ['flush', 'fever', 'huber needle', 'flus', 'infektion'], es: ['lavado', 'fiebres', 'aguja huber', 'interprete', 'lavdo'] };
const RTT_MS = 150;
const BYTES_PER_SECOND = (1.6 * 1024 * 1024) / 8;

/** Each engine as a module exporting run(query, lang) → the first results' addresses. */
const ENGINES = {
  pagefind: `let pf = null;
export async function run(query) {
  if (!pf) { pf = await import('/pagefind/pagefind.js'); await pf.init(); }
  const search = await pf.search(query);
  // A result can be shown only once its fragment has arrived: fetch the first five, as Pagefind's UI does.
  const data = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  return data.map((d) => d.sub_results?.[0]?.url ?? d.url);
}`,
  minisearch: `import { createSearch } from './lib/search/engine.ts';
let search = null;
export async function run(query, lang) {
  if (!search) search = createSearch(await (await fetch('/_search/' + lang + '.json')).json());
  return search(query, 10).map((result) => result.url);
}`,
  flexsearch: `import { Document, Charset } from 'flexsearch';
let index = null;
let sections = [];
export async function run(query, lang) {
  if (!index) {
    sections = (await (await fetch('/_search/' + lang + '.json')).json()).sections;
    index = new Document({ document: { id: 'id', index: ['section', 'text'] }, tokenize: 'forward', encoder: Charset.LatinBalance });
    sections.forEach((section, id) => index.add({ id, ...section }));
  }
  const ids = new Set();
  for (const field of index.search(query, { limit: 10 })) for (const id of field.result) ids.add(id);
  return [...ids].slice(0, 10).map((id) => sections[id].url);
}`,
};

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'search-engines-'));
fs.cpSync(OUT_DIR, site, { recursive: true });
execFileSync('npx', ['pagefind', '--site', site, '--root-selector', 'article'], { stdio: 'inherit' });
for (const file of ['pagefind.js', 'pagefind-worker.js']) {
  const full = path.join(site, 'pagefind', file);
  if (fs.existsSync(full)) fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(fs.readFileSync(full)));
}
fs.mkdirSync(path.join(site, '_bench'));
for (const [name, source] of Object.entries(ENGINES)) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), sourcefile: `${name}.ts`, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    external: ['/pagefind/pagefind.js'],
    tsconfig: path.resolve('tsconfig.json'),
    write: false,
  });
  const file = path.join(site, '_bench', `${name}.js`);
  fs.writeFileSync(file, result.outputFiles[0].text);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(result.outputFiles[0].text));
  for (const lang of Object.keys(QUERIES)) {
    fs.writeFileSync(
      path.join(site, '_bench', `${name}-${lang}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head><body><script type="module">window.engine = () => import('/_bench/${name}.js');</script></body></html>`,
    );
  }
}

let bytes = 0;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
const server = http.createServer(async (request, response) => {
  let file = path.join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
  if (/\bbr\b/.test(request.headers['accept-encoding'] ?? '') && fs.existsSync(`${file}.br`)) {
    file = `${file}.br`;
    headers['content-encoding'] = 'br';
  }
  const body = fs.readFileSync(file);
  bytes += body.length;
  await new Promise((resolve) => setTimeout(resolve, RTT_MS + (body.length / BYTES_PER_SECOND) * 1000));
  response.writeHead(200, headers).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  for (const name of Object.keys(ENGINES)) {
    for (const [lang, queries] of Object.entries(QUERIES)) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(`${base}/_bench/${name}-${lang}.html`, { waitUntil: 'networkidle' });
        const phases = [];
        for (const query of queries) {
          bytes = 0;
          const { ms, urls } = await page.evaluate(
            async ([q, l]) => {
              const started = performance.now();
              const found = await (await window.engine()).run(q, l);
              return { ms: performance.now() - started, urls: found };
            },
            [query, lang],
          );
          phases.push({ query, ms, bytes, first: urls[0] ?? '(nothing)' });
        }
        runs.push(phases);
        await context.close();
      }
      for (const [i, { query, first }] of runs[0].entries()) {
        const ms = Math.round(median(runs.map((phases) => phases[i].ms)));
        const kb = (median(runs.map((phases) => phases[i].bytes)) / 1024).toFixed(1);
        console.log(`${name.padEnd(10)} ${lang} ${i === 0 ? 'first' : 'later'} "${query}": ${ms} ms, ${kb} KB, first result ${first}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(site, { recursive: true, force: true });
}
