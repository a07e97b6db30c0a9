// Shared by the post-build step and the server: which HTML pages exist in the
// export, the URL each is served at, and its per-page CSP.
import fs from 'node:fs';
import path from 'node:path';
import { outDir } from '../lib/env.mjs';
import { contentSecurityPolicy, fallbackPolicy, inlineScriptHashes, inlineStyleHashes, registersWorker, runsScripts } from './headers/security-headers.mjs';

export const OUT_DIR = outDir();

/**
 * Where a build's nginx files go: beside its export, never inside it (the
 * export is the served root) and never shared, so builds with different
 * OUT_DIRs keep their own: out/ → out-deploy/, out-second-clinic/ → out-second-clinic-deploy/.
 */
export function deployDirFor(outDir = OUT_DIR) {
  return `${path.resolve(outDir)}-deploy`;
}

export function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** "/what-is-a-port.html" → "/what-is-a-port"; "/index.html" → "/". */
export function urlForHtmlFile(file) {
  const withSlash = `/${file}`;
  if (withSlash === '/index.html') return '/';
  return withSlash.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
}

/** Map of "/file.html" → that page's Content-Security-Policy. */
export function pagePolicies(outDir = OUT_DIR) {
  const policies = new Map();
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(outDir, file), 'utf8');
    policies.set(`/${file}`, contentSecurityPolicy(inlineScriptHashes(html), { runsScripts: runsScripts(html), styleHashes: inlineStyleHashes(html), registersWorker: registersWorker(html) }));
  }
  return policies;
}

/** The policy for every answer that is not a page (files, redirects, errors, unknown addresses): it allows the styles of every 404 page of the export. */
export function fallbackPolicyFor(outDir = OUT_DIR) {
  const notFoundPages = listFiles(outDir).filter((file) => /(^|\/)404\.html$/.test(file));
  return fallbackPolicy([...new Set(notFoundPages.flatMap((file) => inlineStyleHashes(fs.readFileSync(path.join(outDir, file), 'utf8'))))]);
}

/** The same policies keyed by every path a page is requested at: "/x", "/x/" and "/x.html". */
export function policiesByRequestPath(outDir = OUT_DIR) {
  const byPath = new Map();
  for (const [file, csp] of pagePolicies(outDir)) {
    const url = urlForHtmlFile(file.slice(1));
    for (const route of [file, url, url.length > 1 ? `${url}/` : url]) byPath.set(route, csp);
  }
  return byPath;
}

/**
 * Share images from next/og are exported without an extension
 * ("/aftercare/opengraph-image", "/es/aftercare/opengraph-image"), so hosts cannot guess their type: the
 * server, _headers and the nginx example all say image/png for these paths.
 */
export const SHARE_IMAGE_PATH = /(^|\/)opengraph-image$/;
