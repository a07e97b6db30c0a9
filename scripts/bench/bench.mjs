// `npm run bench`: how close every page comes to the physical limit for its
// content. Builds if needed, serves out/ with the production server, and runs
// Lighthouse (mobile defaults: simulated slow 4G and a 4x slower CPU) on every
// page. In the same run it serves the reference issue 22 defines: a copy of
// each page's <main> as plain HTML with no CSS and no JavaScript
// (scripts/bench/plain-copy.mjs), brotli-compressed by a minimal server on the
// same machine, with the same security headers our server sends for that page:
// the headers belong to the clinic's server, not to the page's design, and
// Cross-Origin-Opener-Policy alone costs any page a renderer start in
// Lighthouse's lab (measured on its own by `npm run bench:headers`). Runs alternate (ours, plain, ours, plain, …) so a change in
// the machine's load hits both alike; the LCP ratio is our median over the
// plain copy's median, and every page must stay within TARGETS.lcpRatio.
// Prints the table and PASS or FAIL; exits 1 on FAIL. Writes
// bench-results/lighthouse-<time>.json. Options: --runs N (median of N
// Lighthouse runs per page, default 1), --pages /a,/b (only these pages).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { baseHeaders } from '../../static-export/headers/security-headers.mjs';
import { buildIfNeeded } from '../../static-export/postbuild/build-fingerprint.mjs';
import { createPlainServer } from '../serve/plain-server.mjs';
import { plainMainCopy } from './plain-copy.mjs';
import { createSiteServer } from '../serve/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test-setup/chromium.mjs';
import { listFiles, OUT_DIR, urlForHtmlFile } from '../../static-export/site-files.mjs';

export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
export const TARGETS = { score: 100, lcpRatio: 1.05, cls: 0, contentPageJsBytes: 100 * 1024 };

export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > -1 ? process.argv[at + 1] : fallback;
}

/** Every page of the export by URL, from the built files (no hard-coded list); not the 404 pages, which Lighthouse refuses to measure. */
export function builtPages(outDir = OUT_DIR) {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('_') && !/(^|\/)404\.html$/.test(file))
    .map(urlForHtmlFile)
    .sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}

/** The response headers our server sends with a page that are not about its body: its security policy, which the plain copy gets too. */
export const SECURITY_HEADERS = [...Object.keys(baseHeaders), 'Content-Security-Policy', 'Strict-Transport-Security'].map((name) => name.toLowerCase());

async function securityHeadersOf(url) {
  const response = await fetch(url, { method: 'HEAD' });
  return Object.fromEntries(SECURITY_HEADERS.filter((name) => response.headers.has(name)).map((name) => [name, response.headers.get(name)]));
}

export function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

/** The figures we report from one Lighthouse result. */
export function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    fcp: audit('first-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    jsBytes,
    requests: requests.length,
    serverResponseMs: audit('server-response-time'),
    // Lighthouse's own measure of this machine's CPU speed: a busy machine scores low and inflates TBT and LCP.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    failing,
    // Kept in the JSON to explain a figure: what was fetched, and what the console said.
    requestList: requests.map((r) => ({ url: r.url, resourceType: r.resourceType, transferSize: r.transferSize })),
    consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((item) => item.description),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median of each figure over several runs (the failing audits of the median-LCP run). */
function medianFigures(runs) {
  const byLcp = [...runs].sort((a, b) => a.lcp - b.lcp)[Math.floor(runs.length / 2)];
  const out = { ...byLcp };
  for (const key of Object.keys(byLcp)) if (typeof byLcp[key] === 'number') out[key] = median(runs.map((r) => r[key]));
  return out;
}

/** One Lighthouse run's figures. */
async function measureOnce(url, port) {
  // Lighthouse now and then loses its own trace (NO_NAVSTART), more often on a busy machine: up to four tries before giving up.
  let result;
  for (let attempt = 0; attempt < 4 && (!result?.lhr || result.lhr.runtimeError); attempt += 1) {
    result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  }
  if (!result?.lhr || result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result?.lhr?.runtimeError?.message}`);
  return figures(result.lhr);
}

export async function measure(url, port, runs) {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await measureOnce(url, port));
  return medianFigures(results);
}

/** Several URLs measured in turn, `runs` rounds of one run each (a, b, a, b, …): the median figures of each, and every run's. */
export async function measureAlternating(urls, port, runs) {
  const all = urls.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [at, url] of urls.entries()) all[at].push(await measureOnce(url, port));
  }
  return all.map((results) => ({ ...medianFigures(results), lcpRuns: results.map((r) => r.lcp) }));
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(0);

/** Our LCP over the plain copy's in each round of alternating runs, lowest and highest ("1.00-1.02"), to show the spread behind the medians. */
export function pairedRatios(ours, plain) {
  if (!ours.lcpRuns || !plain.lcpRuns) return '';
  const ratios = ours.lcpRuns.map((lcp, i) => lcp / plain.lcpRuns[i]);
  const [low, high] = [Math.min(...ratios), Math.max(...ratios)].map((r) => r.toFixed(2));
  return low === high ? low : `${low}-${high}`;
}

export function table(rows) {
  const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'plain LCP', 'LCP ratio', 'per run', 'TBT ms', 'CLS', 'KB', 'plain KB', 'JS KB'];
  const lines = rows.map(({ page, ours, plain }) => [
    page,
    ours.performance,
    ours.accessibility,
    ours.bestPractices,
    ours.seo,
    ms(ours.lcp),
    ms(plain.lcp),
    (ours.lcp / plain.lcp).toFixed(2),
    pairedRatios(ours, plain),
    ms(ours.tbt),
    ours.cls.toFixed(3),
    kb(ours.bytes),
    kb(plain.bytes),
    kb(ours.jsBytes),
  ].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [format(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(format)].join('\n');
}

/** Where a page misses the issue's targets; empty when it meets them all. */
export function misses({ page, ours, plain, needsJs, noindex = false }) {
  const found = [];
  // A page that asks search engines to leave it out (/staff) fails "is-crawlable" on purpose, and only that counts against it.
  const onlyNotCrawlable = noindex && ours.failing.filter((audit) => audit.startsWith('seo:')).every((audit) => audit.startsWith('seo: is-crawlable'));
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo']) {
    if (key === 'seo' && onlyNotCrawlable) continue;
    if (ours[key] < TARGETS.score) found.push(`${key} ${ours[key]}`);
  }
  if (ours.lcp > plain.lcp * TARGETS.lcpRatio) found.push(`LCP ${(ours.lcp / plain.lcp).toFixed(2)}x plain`);
  if (ours.cls > TARGETS.cls) found.push(`CLS ${ours.cls.toFixed(3)}`);
  if (!needsJs && ours.jsBytes >= TARGETS.contentPageJsBytes) found.push(`JS ${kb(ours.jsBytes)} KB on a content page`);
  return found.map((miss) => `${page}: ${miss}`);
}

async function main() {
  buildIfNeeded();
  const runs = Number(option('runs', '1'));
  const only = option('pages', '');
  const pages = only ? only.split(',') : builtPages();
  const plainDir = plainMainCopy(OUT_DIR);
  const site = createSiteServer();
  const siteUrl = await listen(site);
  const headers = new Map();
  for (const page of pages) headers.set(page, await securityHeadersOf(`${siteUrl}${page}`));
  const plain = createPlainServer(plainDir, { compress: true, headersFor: (pathname) => headers.get(pathname) ?? {} });
  const plainUrl = await listen(plain);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    for (const page of pages) {
      process.stderr.write(`Lighthouse ${page} … `);
      const [ours, reference] = await measureAlternating([`${siteUrl}${page}`, `${plainUrl}${page}`], chrome.port, runs);
      const html = fs.readFileSync(path.join(OUT_DIR, page === '/' ? 'index.html' : `${page.slice(1)}.html`), 'utf8');
      rows.push({ page, ours, plain: reference, needsJs: /<script\b/i.test(html), noindex: /<meta name="robots" content="[^"]*noindex/i.test(html) });
      process.stderr.write(`LCP ${ms(ours.lcp)} ms (plain ${ms(reference.lcp)} ms)\n`);
    }
  } finally {
    await chrome.kill();
    site.close();
    plain.close();
    fs.rmSync(plainDir, { recursive: true, force: true });
  }

  const version = JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
  const cpu = median(rows.flatMap(({ ours, plain }) => [ours.benchmarkIndex, plain.benchmarkIndex]));
  console.log(`\nLighthouse ${version} mobile, ${runs} run(s) per page, ${new Date().toISOString()}, CPU benchmark index ${cpu.toFixed(0)} (load average ${os.loadavg()[0].toFixed(1)})`);
  console.log("Ours: the production server over out/. Plain: each page's <main> alone as plain HTML, no CSS, no JavaScript, on a minimal brotli server sending our page's security headers. Runs alternate ours/plain.\n");
  console.log(table(rows));
  const allMisses = rows.flatMap(misses);
  const failingAudits = rows.flatMap(({ page, ours }) => ours.failing.map((audit) => `${page}: ${audit}`));
  console.log(`\nTargets: 100 in all four categories (SEO on a noindex page: all but is-crawlable), LCP <= ${TARGETS.lcpRatio}x plain, CLS 0, JS < ${kb(TARGETS.contentPageJsBytes)} KB on a content page.`);
  console.log(allMisses.length ? `FAIL: ${allMisses.length} miss(es):\n  ${allMisses.join('\n  ')}` : `PASS: all targets met on every page (LCP <= ${TARGETS.lcpRatio}x plain on ${rows.length} pages).`);
  if (failingAudits.length) console.log(`Audits below full score:\n  ${failingAudits.join('\n  ')}`);

  fs.mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), runs, targets: TARGETS, rows, misses: allMisses }, null, 2));
  console.log(`\nWrote ${file}`);
  if (allMisses.length) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
