// `npm run size:planner`: what the preparation planner costs a patient's
// browser. Serves the built site (out/, or OUT_DIR), opens /preparation and
// /what-is-a-port in Chromium, records every script each page loads (the HTML
// lists some; the planner's own chunk is fetched lazily) and prints the gzip
// and brotli size of the scripts only /preparation loads. Needs `npm run build`.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createSiteServer } from './server.mjs';
import { OUT_DIR } from './site-files.mjs';

const BUDGET_BYTES = 15 * 1024;

/** Script paths a page loads once it has hydrated and the planner is ready. */
export async function scriptsLoadedBy(browser, url) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) scripts.add(pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  return scripts;
}

export function compressedSizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const data = fs.readFileSync(path.join(OUT_DIR, file));
    raw += data.length;
    gzip += zlib.gzipSync(data, { level: 9 }).length;
    brotli += zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}

export async function measurePlanner() {
  const server = createSiteServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const preparation = await scriptsLoadedBy(browser, `${base}/preparation`);
    const other = await scriptsLoadedBy(browser, `${base}/what-is-a-port`);
    const plannerOnly = [...preparation].filter((file) => !other.has(file));
    return { plannerOnly, sizes: compressedSizes(plannerOnly) };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { plannerOnly, sizes } = await measurePlanner();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Scripts /preparation loads that /what-is-a-port does not (${path.relative(process.cwd(), OUT_DIR)}):`);
  for (const file of plannerOnly) console.log(`  ${file}`);
  console.log(`Planner cost: ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli (budget ${kb(BUDGET_BYTES)} compressed)`);
  if (plannerOnly.length === 0) {
    console.error('No planner chunk found: is the planner on /preparation?');
    process.exit(1);
  }
  if (sizes.gzip > BUDGET_BYTES) process.exit(1);
}
