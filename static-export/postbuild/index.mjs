// After `next build`, in this order (each step prints its name and time):
//   1 page scripts     bundle our own browser scripts (the preparation planner, the staff tool)
//   2 static HTML      take Next's scripts out of every page and add ours where a page asks for it;
//                      put the CSS each page uses in a <style> in its <head> (page-css.mjs)
//   3 search index     each language's sections as built, for /search (so it never lists a page that is gone)
//   4 offline copy     the banner's mark in each patient page and /offline-worker.js with the list
//                      of files a patient's saved copy holds (unless the clinic turned it off)
//   5 deploy files     the same security headers for real hosts (_headers for Netlify/Cloudflare
//                      Pages, nginx files beside the export)
//   6 review pack      the clinician's review pack beside the export
//   7 precompress      brotli and gzip copies of text assets
//   8 build stamp      so `npm start` knows when to rebuild
// then one summary line.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { staticPage } from './static-html.mjs';
import { withInlineCss } from './page-css.mjs';
import { buildFingerprint } from './build-fingerprint.mjs';
import { loadClinic, loadSiteModules } from '../load-ts.mjs';
import { writeDeployFiles } from './deploy-files.mjs';
import { isPatientPage, writeOfflineCopy } from './offline-copy.mjs';
import { writePageScripts } from './page-scripts.mjs';
import { writeReviewPack } from './review-pack.mjs';
import { writeSearchIndexes } from './search-index.mjs';
import { unsignedPackWarning } from './review-pack-html.mjs';
import { listFiles, OUT_DIR, pagePolicies, urlForHtmlFile } from '../site-files.mjs';

/** What the steps made, for the steps after them and the summary. */
const made = {};

/** First, so the CSP hashes of step 4 describe the pages as they are served. */
async function pageScripts() {
  made.ourScripts = await writePageScripts(OUT_DIR);
}

async function staticHtml() {
  made.withScripts = [];
  // The offline copy's worker writes its banner (lib/offline/saved-copy.ts, bannerHtml) into saved
  // patient pages: the names in that markup count as part of each patient page, as a script's do.
  const banner = (await loadClinic()).offline.enabled ? [fs.readFileSync('lib/offline/saved-copy.ts', 'utf8')] : [];
  made.inlinedCss = [];
  const stylesheets = new Map();
  const readStylesheet = (href) => {
    const file = path.join(OUT_DIR, new URL(href, 'http://site').pathname);
    if (!stylesheets.has(file)) stylesheets.set(file, fs.readFileSync(file, 'utf8'));
    return stylesheets.get(file);
  };
  for (const file of listFiles(OUT_DIR).filter((f) => f.endsWith('.html'))) {
    const full = path.join(OUT_DIR, file);
    const { html, script } = staticPage(fs.readFileSync(full, 'utf8'), made.ourScripts, path.relative(process.cwd(), full));
    if (script) made.withScripts.push(`${file} (${script})`);
    // The page's script can add classes and attributes after load: its text counts as part of the page.
    const scripts = [...(script ? [fs.readFileSync(path.join(OUT_DIR, script), 'utf8')] : []), ...(isPatientPage(urlForHtmlFile(file)) ? banner : [])];
    const inlined = withInlineCss(html, { readStylesheet, scripts });
    made.inlinedCss.push(Buffer.byteLength(inlined) - Buffer.byteLength(html));
    fs.writeFileSync(full, inlined);
  }
  // Every page carries its own CSS now: the stylesheet files are no longer linked from anywhere.
  for (const file of stylesheets.keys()) fs.rmSync(file);
  made.stylesheets = [...stylesheets].map(([file, css]) => `${path.relative(OUT_DIR, file)} (${(css.length / 1024).toFixed(1)} KB)`);
}

/** /_search/<lang>.json from the pages as served (so after step 2), before precompress. */
async function searchIndex() {
  const { clinic, getPages, localePath } = await loadSiteModules();
  const languages = ['en', ...clinic.languages.filter((lang) => lang !== 'en')];
  made.search = writeSearchIndexes(OUT_DIR, languages.map((lang) => ({ lang, pages: getPages(lang) })), localePath);
}

/** After steps 2 and 3, so the copy holds the pages as served and the search index; before the header files and the compressed copies, which cover the worker too. */
async function offlineCopy() {
  const searchIndexes = made.search.map((index) => `/${path.relative(OUT_DIR, index.file).split(path.sep).join('/')}`);
  made.offline = await writeOfflineCopy(OUT_DIR, made.ourScripts, searchIndexes);
}

/** _headers for Netlify and Cloudflare Pages, <OUT_DIR>-deploy/nginx/ for nginx. */
async function deployFiles() {
  made.policies = pagePolicies();
  made.deploy = writeDeployFiles(OUT_DIR, made.policies, (await loadClinic()).hsts);
}

/**
 * <OUT_DIR>-deploy/review-pack.html, from the pages as served (so after step 2).
 * Warned here, once per build; an unsigned pack never fails the build (the
 * overdue-review warning in app/sitemap.ts does the same).
 */
async function reviewPack() {
  made.pack = await writeReviewPack(OUT_DIR);
  if (!made.pack.signed) console.warn(unsignedPackWarning(path.relative(process.cwd(), made.pack.packPath)));
}

/** Precompressed copies let the server send brotli/gzip without compressing per request. */
function precompress() {
  made.compressed = 0;
  for (const file of listFiles(OUT_DIR)) {
    if (!/\.(html|js|css|txt|svg|xml|json|webmanifest|ics)$/.test(file)) continue;
    const full = path.join(OUT_DIR, file);
    const data = fs.readFileSync(full);
    if (data.length < 1024) continue;
    fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
    made.compressed += 1;
  }
}

function buildStamp() {
  fs.writeFileSync(path.join(OUT_DIR, '.build-info.json'), JSON.stringify({ fingerprint: buildFingerprint() }, null, 2));
}

const steps = [
  ['1 page scripts', pageScripts],
  ['2 static HTML', staticHtml],
  ['3 search index', searchIndex],
  ['4 offline copy', offlineCopy],
  ['5 deploy files', deployFiles],
  ['6 review pack', reviewPack],
  ['7 precompress', precompress],
  ['8 build stamp', buildStamp],
];

for (const [name, step] of steps) {
  const started = performance.now();
  await step();
  console.log(`postbuild ${name}: ${Math.round(performance.now() - started)} ms`);
}

const relative = (file) => path.relative(process.cwd(), file);
console.log(
  `postbuild: a script only on ${made.withScripts.join(', ') || 'no page'}; ${made.stylesheets.join(', ') || 'no stylesheet'} inlined as each page's own CSS, ${(Math.min(...made.inlinedCss) / 1024).toFixed(1)} to ${(Math.max(...made.inlinedCss) / 1024).toFixed(1)} KB a page; ${made.policies.size} page policies, ${made.compressed} files precompressed, headers in ${relative(made.deploy.headersPath)} and ${relative(made.deploy.nginxDir)}/, review pack of ${made.pack.pages} pages in ${relative(made.pack.packPath)}, search index of ${made.search.map((index) => `${index.sections} sections (${index.lang})`).join(', ')}; ${made.offline ? `offline copy ${made.offline.buildId}: ${made.offline.pages} pages and ${made.offline.files - made.offline.pages} other files, worker ${made.offline.bytes} bytes` : 'no offline copy (offline.enabled is false)'}`,
);
