// `npm run size:scripts`: what the preparation planner, the flush reminder
// (/using-your-port) and the search page cost a patient's browser, and the staff tool a clinic's. Serves the built site (out/, or OUT_DIR), opens /preparation,
// /es/preparation (when the site is built in Spanish) and /what-is-a-port in
// Chromium and records every script each page loads. Both languages load the
// same one script: its words travel in the page's data-planner settings.
// /preparation should load exactly one, our planner script under /_planner/
// (Next's runtime is stripped from every page); content pages load none.
// /staff should load exactly one too, the staff tool's, and /using-your-port
// (and /es/using-your-port) the flush reminder's. Prints each script's
// raw, gzip and brotli sizes and checks the budgets. /search should load one,
// the search script, and fetch its language's index (/_search/<lang>.json)
// once it is typed in or opened with ?q=; their sizes are printed and checked
// too. Needs `npm run build`.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test-setup/chromium.mjs';
import { PLANNER_PREFIX } from '../../static-export/postbuild/page-scripts.mjs';
import { createSiteServer } from '../serve/server.mjs';
import { OUT_DIR } from '../../static-export/site-files.mjs';

const BUDGET_BYTES = 15 * 1024;
/** One language's search index, brotli (13 KB in English on 7 December 2026). */
const SEARCH_INDEX_BUDGET_BYTES = 40 * 1024;

/** Script paths a page loads, once the planner (if the page has one) has woken up. */
export async function scriptsLoadedBy(browser, url) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'load' });
  // The planner script is added after the load event (static-export/postbuild/static-html.mjs).
  if (await page.locator('[data-planner]').count()) await page.locator('[data-planner-awake]').waitFor({ state: 'attached' });
  if (await page.locator('[data-staff]').count()) await page.locator('[data-staff-awake]').waitFor({ state: 'attached' });
  if (await page.locator('[data-flush-reminder]').count()) await page.locator('[data-flush-reminder-awake]').waitFor({ state: 'attached' });
  if (await page.locator('[data-search]').count()) await page.locator('[data-search-awake]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
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
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const preparation = [...(await scriptsLoadedBy(browser, `${base}/preparation`))];
    const other = [...(await scriptsLoadedBy(browser, `${base}/what-is-a-port`))];
    const spanish = fs.existsSync(path.join(OUT_DIR, 'es/preparation.html')) ? [...(await scriptsLoadedBy(browser, `${base}/es/preparation`))] : null;
    const planner = preparation.filter((file) => file.startsWith(PLANNER_PREFIX));
    const staff = [...(await scriptsLoadedBy(browser, `${base}/staff`))];
    const reminder = [...(await scriptsLoadedBy(browser, `${base}/using-your-port`))];
    const reminderSpanish = spanish ? [...(await scriptsLoadedBy(browser, `${base}/es/using-your-port`))] : null;
    const search = [...(await scriptsLoadedBy(browser, `${base}/search?q=flush`))];
    const indexes = fs.readdirSync(path.join(OUT_DIR, '_search')).filter((file) => file.endsWith('.json')).map((file) => ({ file: `_search/${file}`, ...compressedSizes([`_search/${file}`]) }));
    return {
      preparation, planner, sizes: compressedSizes(planner), other, spanish, staff, staffSizes: compressedSizes(staff),
      reminder, reminderSpanish, reminderSizes: compressedSizes(reminder),
      search, searchSizes: compressedSizes(search), indexes,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { preparation, planner, sizes, other, spanish, staff, staffSizes, reminder, reminderSpanish, reminderSizes, search, searchSizes, indexes } = await measurePlanner();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  if (spanish) {
    console.log(`/es/preparation loads ${spanish.length} (${spanish.join(', ') || 'none'}): ${spanish.join() === planner.join() ? 'the same planner script' : 'NOT the same script as /preparation'}.`);
    // The words the script needs are part of each page's HTML (data-planner), not of the script.
    for (const page of ['preparation.html', 'es/preparation.html']) {
      const settings = /data-planner="([^"]*)"/.exec(fs.readFileSync(path.join(OUT_DIR, page), 'utf8'))?.[1] ?? '';
      console.log(`  ${page}: data-planner settings ${kb(settings.length)} raw, ${kb(zlib.gzipSync(settings).length)} gzip`);
    }
  }
  console.log(`Scripts in ${path.relative(process.cwd(), OUT_DIR)}: /preparation loads ${preparation.length} (${preparation.join(', ') || 'none'}); /what-is-a-port loads ${other.length}.`);
  console.log(`Planner script: ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli (budget ${kb(BUDGET_BYTES)} compressed)`);
  console.log(`/staff loads ${staff.length} (${staff.join(', ') || 'none'}): ${kb(staffSizes.raw)} raw, ${kb(staffSizes.gzip)} gzip, ${kb(staffSizes.brotli)} brotli (budget ${kb(BUDGET_BYTES)} compressed)`);
  console.log(`/using-your-port loads ${reminder.length} (${reminder.join(', ') || 'none'}): ${kb(reminderSizes.raw)} raw, ${kb(reminderSizes.gzip)} gzip, ${kb(reminderSizes.brotli)} brotli (budget ${kb(BUDGET_BYTES)} compressed)`);
  let failed = false;
  if (reminder.length !== 1 || !reminder[0].startsWith(`${PLANNER_PREFIX}flush-reminder.`)) {
    console.error(`/using-your-port should load exactly one script, the flush reminder's under ${PLANNER_PREFIX}.`);
    failed = true;
  }
  if (reminderSpanish && reminderSpanish.join() !== reminder.join()) {
    console.error('/es/using-your-port should load the same one flush reminder script as /using-your-port.');
    failed = true;
  }
  if (reminderSizes.gzip > BUDGET_BYTES) failed = true;
  console.log(`/search loads ${search.length} (${search.join(', ') || 'none'}): ${kb(searchSizes.raw)} raw, ${kb(searchSizes.gzip)} gzip, ${kb(searchSizes.brotli)} brotli (budget ${kb(BUDGET_BYTES)} compressed)`);
  for (const index of indexes) console.log(`  /${index.file}: ${kb(index.raw)} raw, ${kb(index.gzip)} gzip, ${kb(index.brotli)} brotli (budget ${kb(SEARCH_INDEX_BUDGET_BYTES)} brotli)`);
  if (search.length !== 1 || !search[0].startsWith(`${PLANNER_PREFIX}search.`)) {
    console.error(`/search should load exactly one script, the search script under ${PLANNER_PREFIX}.`);
    failed = true;
  }
  if (searchSizes.gzip > BUDGET_BYTES || indexes.some((index) => index.brotli > SEARCH_INDEX_BUDGET_BYTES)) failed = true;
  if (staff.length !== 1 || !staff[0].startsWith(`${PLANNER_PREFIX}staff.`)) {
    console.error(`/staff should load exactly one script, the staff tool's under ${PLANNER_PREFIX}.`);
    failed = true;
  }
  if (staffSizes.gzip > BUDGET_BYTES) failed = true;
  if (planner.length !== 1 || preparation.length !== 1) {
    console.error(`/preparation should load exactly one script, the planner's under ${PLANNER_PREFIX}.`);
    failed = true;
  }
  if (spanish && spanish.join() !== planner.join()) {
    console.error('/es/preparation should load the same one planner script as /preparation.');
    failed = true;
  }
  if (other.length > 0) {
    console.error('/what-is-a-port loads scripts: content pages should load none.');
    failed = true;
  }
  if (sizes.gzip > BUDGET_BYTES) failed = true;
  if (failed) process.exit(1);
}
