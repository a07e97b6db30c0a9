// `npm run size:planner`: what the preparation planner costs a patient's
// browser. Serves the built site (out/, or OUT_DIR), opens /preparation and
// /what-is-a-port in Chromium and records every script each page loads. Content
// pages load none (the post-build step strips Next's runtime from them), so the
// whole runtime is the planner's cost; the planner's own code is the chunk
// /preparation fetches lazily that neither its HTML nor any other route names. Prints the
// gzip and brotli sizes and checks the planner chunk's budget. Needs `npm run build`.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createSiteServer } from './server.mjs';
import { listFiles, OUT_DIR } from './site-files.mjs';

const BUDGET_BYTES = 15 * 1024;

/** Script paths a page loads once it has hydrated and the planner is ready. */
export async function scriptsLoadedBy(browser, url) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) scripts.add(pathname);
  });
  const plannerLoaded = page
    .waitForResponse(async (response) => response.url().endsWith('.js') && (await response.text()).includes('Show my times'), { timeout: 30_000 })
    .catch(() => null);
  await page.goto(url, { waitUntil: 'networkidle' });
  // The form's chunk comes after hydration, which can outlast networkidle on a busy machine.
  if (url.endsWith('/preparation')) await plannerLoaded;
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
    // Lazily fetched and named by no other route: Link prefetches other routes' chunks, which are not the planner's.
    const html = await (await fetch(`${base}/preparation`)).text();
    const otherRoutes = listFiles(OUT_DIR)
      .filter((file) => /\.(txt|html)$/.test(file) && !file.startsWith('preparation'))
      .map((file) => fs.readFileSync(path.join(OUT_DIR, file), 'utf8'))
      .join('\n');
    const plannerOnly = [...preparation].filter((file) => {
      const name = file.replace(/^\/_next\//, '');
      return !html.includes(name) && !otherRoutes.includes(name);
    });
    return { plannerOnly, sizes: compressedSizes(plannerOnly), total: compressedSizes([...preparation]), other: [...other] };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { plannerOnly, sizes, total, other } = await measurePlanner();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Scripts in ${path.relative(process.cwd(), OUT_DIR)}: /preparation loads ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli in all (Next's runtime and the planner); /what-is-a-port loads ${other.length} script(s).`);
  console.log('The planner form, fetched lazily by /preparation:');
  for (const file of plannerOnly) console.log(`  ${file}`);
  console.log(`Planner cost: ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli (budget ${kb(BUDGET_BYTES)} compressed)`);
  if (plannerOnly.length === 0) {
    console.error('No planner chunk found: is the planner on /preparation?');
    process.exit(1);
  }
  if (other.length > 0) {
    console.error('/what-is-a-port loads scripts: content pages should load none.');
    process.exit(1);
  }
  if (sizes.gzip > BUDGET_BYTES) process.exit(1);
}
