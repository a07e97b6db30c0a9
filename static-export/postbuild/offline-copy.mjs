// The offline copy a patient may choose to save (/save-for-offline), made from
// the built pages, after step 2 (so every page is as served):
// - puts the banner's mark (BANNER_MARK, an HTML comment) first inside each
//   patient page's <main>, found with parse5, where the service worker writes
//   "You are reading a copy saved on …" when it serves the page offline;
// - lists what the copy holds: every patient page in every language (not the
//   staff page, not the 404 pages), and what those pages load: their CSS,
//   icon, manifest and pictures, the page scripts they ask for, and the
//   search index the search page's script fetches;
// - writes /offline-worker.js: components/save-for-offline/offline-worker.ts
//   bundled by esbuild with that list, a build id (a hash of the list and of
//   every listed file, so the id changes exactly when a saved file would)
//   and the banner's words, clinic phone, time zone and maxAgeDays built in.
// With offline.enabled false in the clinic config there is no mark, no list
// and no worker file (and next.config.mjs builds no /save-for-offline page).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadSiteModules } from '../load-ts.mjs';
import { listFiles, urlForHtmlFile } from '../site-files.mjs';
import { attribute, elementsOf, neededScript, parsePage } from './static-html.mjs';

const WORKER_ENTRY = 'components/save-for-offline/offline-worker.ts';

/** Pages that are not for patients: the staff page and the 404 pages. */
export const isPatientPage = (url) => url !== '/staff' && !/(^|\/)(404|_not-found)$/.test(url);


/** A same-site path ("/x.css"), or null for another site, a data: URL or a page-relative name. */
const sitePath = (value) => (value && value.startsWith('/') && !value.startsWith('//') ? value : null);

/**
 * One page: the HTML with the banner mark first inside <main>, and the files
 * it loads (stylesheets, icons, manifest, pictures; by their attributes, as
 * the parser sees them). A page with no <main> cannot carry a banner: refused.
 */
export function offlinePage(html, mark, file = 'a page') {
  const elements = [...elementsOf(parsePage(html))];
  const main = elements.find((element) => element.tagName === 'main');
  const at = main?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error(`${file} has no <main> for the offline copy's banner`);
  const assets = [];
  for (const element of elements) {
    if (element.tagName === 'link') {
      const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.some((r) => ['stylesheet', 'icon', 'apple-touch-icon', 'manifest'].includes(r))) assets.push(sitePath(attribute(element, 'href')));
    }
    if (['img', 'source', 'image', 'use'].includes(element.tagName)) assets.push(sitePath(attribute(element, 'src') ?? attribute(element, 'href')));
  }
  return { html: html.slice(0, at) + mark + html.slice(at), assets: assets.filter(Boolean) };
}

/** A short id for the copy: a hash of every listed path and the bytes served for it. */
export function buildIdOf(entries) {
  const hash = createHash('sha256');
  for (const [url, bytes] of [...entries].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${url}\n`).update(bytes).update('\n');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the mark into each patient page and the worker beside them; returns what it made, or null when the
 * clinic turned the copy off. `alsoSave`: files no page names in its HTML but its script fetches (the search index).
 */
export async function writeOfflineCopy(outDir, ourScripts, alsoSave = []) {
  const site = await loadSiteModules();
  const { clinic } = site;
  const workerFile = path.join(outDir, site.WORKER_PATH);
  if (!clinic.offline.enabled) {
    fs.rmSync(workerFile, { force: true });
    return null;
  }
  const served = new Map(); // URL path → the file it is served from
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const url = urlForHtmlFile(file);
    if (!isPatientPage(url)) continue;
    const full = path.join(outDir, file);
    const { html, assets } = offlinePage(fs.readFileSync(full, 'utf8'), site.BANNER_MARK, file);
    fs.writeFileSync(full, html);
    served.set(url, full);
    const script = neededScript(html);
    if (script !== null && Object.hasOwn(ourScripts, script)) assets.push(ourScripts[script]);
    for (const asset of assets) {
      const assetFile = path.join(outDir, decodeURIComponent(new URL(asset, 'https://site.invalid').pathname));
      if (!fs.existsSync(assetFile)) throw new Error(`${file} loads ${asset}, which the build did not make, so the offline copy cannot hold it`);
      served.set(asset, assetFile);
    }
  }
  for (const url of alsoSave) served.set(url, path.join(outDir, url));
  const files = [...served.keys()].sort();
  const buildId = buildIdOf([...served].map(([url, file]) => [url, fs.readFileSync(file)]));
  const words = Object.fromEntries(
    site.siteLanguages().map((lang) => {
      const offline = site.dictionaryFor(lang).offline;
      return [lang, { locale: site.formatsFor(lang).locale, banner: offline.banner, tooOld: offline.tooOld, tooOldLink: offline.tooOldLink, helpPath: site.localePath(lang, '/when-to-get-help') }];
    }),
  );
  const settings = { buildId, files, maxAgeDays: clinic.offline.maxAgeDays, timeZone: clinic.timeZone, phone: site.formatsFor('en').phone(clinic.phone), tel: site.formatsFor('en').phoneHref(clinic.phone), words };
  const result = await build({
    entryPoints: [path.resolve(WORKER_ENTRY)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    tsconfig: path.resolve('tsconfig.json'),
    define: { __OFFLINE_SETTINGS__: JSON.stringify(settings) },
    write: false,
  });
  fs.writeFileSync(workerFile, result.outputFiles[0].text);
  return { buildId, files: files.length, pages: [...served.keys()].filter((url) => !/\.[a-z0-9]+$/i.test(url.split('?')[0])).length, bytes: result.outputFiles[0].contents.length };
}
