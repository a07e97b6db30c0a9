// `npm run bench:headers`: what our Cross-Origin-Opener-Policy costs in
// Lighthouse's lab. Lighthouse opens each page from about:blank; with
// `Cross-Origin-Opener-Policy: same-origin` Chromium moves the page into a new
// renderer process, and on a slower machine Lighthouse counted that start-up as
// "Unattributable" Total Blocking Time on pages that run no script at all (see
// docs/performance.md). A patient's browser swaps processes for any cross-site
// navigation anyway, so it is a lab artefact, not a cost to patients. This
// measures the same built pages through two small proxies that differ only in
// that one header, and prints both, to tell that artefact from a real regression.
// Options: --runs N (median, default 3), --pages /a,/b (default /glossary,/preparation).
import http from 'node:http';
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_FLAGS, listen, measure, option } from './bench.mjs';
import { buildIfNeeded } from '../../static-export/postbuild/build-fingerprint.mjs';
import { CHROMIUM_PATH } from '../test-setup/chromium.mjs';
import { createSiteServer } from '../serve/server.mjs';

/** A proxy to the site server that sends `Cross-Origin-Opener-Policy: coop` (unchanged when null). */
function proxy(upstream, coop) {
  return http.createServer((req, res) => {
    const forward = http.request(upstream + req.url, { method: req.method, headers: req.headers }, (reply) => {
      const headers = { ...reply.headers };
      if (coop !== null) headers['cross-origin-opener-policy'] = coop;
      res.writeHead(reply.statusCode ?? 502, headers);
      reply.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
}

async function main() {
  buildIfNeeded();
  const runs = Number(option('runs', '3'));
  const pages = option('pages', '/glossary,/preparation').split(',');
  const site = createSiteServer();
  const siteUrl = await listen(site);
  const variants = [
    { coop: 'same-origin (ours)', server: proxy(siteUrl, null) },
    { coop: 'unsafe-none', server: proxy(siteUrl, 'unsafe-none') },
  ];
  for (const variant of variants) variant.url = await listen(variant.server);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    for (const page of pages) {
      for (const { coop, url } of variants) {
        process.stderr.write(`Lighthouse ${page} with COOP ${coop} … `);
        const result = await measure(`${url}${page}`, chrome.port, runs);
        rows.push({ page, coop, ...result });
        process.stderr.write(`TBT ${result.tbt.toFixed(0)} ms\n`);
      }
    }
  } finally {
    await chrome.kill();
    for (const { server } of variants) server.close();
    site.close();
  }
  console.log(`\nLighthouse mobile, median of ${runs} run(s), load average ${os.loadavg()[0].toFixed(1)}. Same build, same server; only Cross-Origin-Opener-Policy differs.\n`);
  console.log('| page | COOP | perf | TBT ms | FCP ms | LCP ms |');
  console.log('|---|---|--:|--:|--:|--:|');
  for (const r of rows) console.log(`| ${r.page} | ${r.coop} | ${r.performance} | ${r.tbt.toFixed(0)} | ${r.fcp.toFixed(0)} | ${r.lcp.toFixed(0)} |`);
}

await main();
