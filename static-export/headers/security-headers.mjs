// The one source of the site's HTTP headers. The local server, the generated
// _headers file and the nginx include all read from here, so every host sends
// the same policy. Plain JS so build scripts can import it without a compiler.
import { createHash } from 'node:crypto';
import { neededScript, parsePage, scriptsOf, stylesOf } from '../postbuild/static-html.mjs';
import { PAGE_SCRIPTS } from '../../components/page-scripts/page-scripts.mjs';

/** Headers every response gets. */
export const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Two years: browsers remember to use HTTPS only for this long after a visit. */
export const HSTS_MAX_AGE = 63_072_000;
const ONE_YEAR = 31_536_000;

/**
 * Strict-Transport-Security for hosts that serve HTTPS (browsers ignore it over
 * plain HTTP). By default it covers this site only: includeSubDomains and
 * preload reach every other site on the clinic's domain, so they come only from
 * the clinic config's `hsts` key. The preload list accepts only a header with
 * includeSubDomains and a max-age of at least a year.
 */
export function strictTransportSecurity({ includeSubDomains = false, preload = false } = {}) {
  if (preload && !includeSubDomains) throw new Error('hsts.preload needs hsts.includeSubDomains: true');
  if (preload && HSTS_MAX_AGE < ONE_YEAR) throw new Error('hsts.preload needs a max-age of at least one year');
  return [`max-age=${HSTS_MAX_AGE}`, includeSubDomains && 'includeSubDomains', preload && 'preload'].filter(Boolean).join('; ');
}

/**
 * Whether a page has any script a browser would run (JSON-LD is data, not
 * code), from the same parse of the page that removed Next's scripts
 * (static-export/postbuild/static-html.mjs), so the two can never disagree.
 */
export function runsScripts(html) {
  return scriptsOf(parsePage(html)).some((script) => !script.isData);
}

/**
 * Whether a page's own script registers a service worker (the offline copy's,
 * on /save-for-offline): only that page's CSP allows worker-src 'self'.
 */
export function registersWorker(html) {
  const name = neededScript(html);
  return name !== null && Object.hasOwn(PAGE_SCRIPTS, name) && PAGE_SCRIPTS[name].registersWorker === true;
}

/**
 * sha-256 CSP sources for every inline <script> a browser would run (data
 * blocks are skipped), over the exact text the browser's parser hands the
 * script: after newline normalisation, whatever the end tag's spelling.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const script of scriptsOf(parsePage(html))) {
    if (script.isData || script.src !== undefined || script.text.length === 0) continue;
    hashes.add(sha256Source(script.text));
  }
  return [...hashes];
}

const sha256Source = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * sha-256 CSP sources for every inline <style> of a page (the CSS the post-build
 * step inlined, static-export/postbuild/page-css.mjs), over the exact text the
 * browser applies.
 */
export function inlineStyleHashes(html) {
  const hashes = new Set();
  for (const style of stylesOf(parsePage(html))) if (style.text.length > 0) hashes.add(sha256Source(style.text));
  return [...hashes];
}

/**
 * A strict Content-Security-Policy for one page: scripts only from our origin
 * or the exact inline bootstrap scripts of that page, never 'unsafe-inline'.
 * A page that runs no script at all (every content page) gets script-src 'none'.
 * Styles: the page's own inline <style> by its hash (`styleHashes`), and no
 * stylesheet file; with no hashes, files from our origin only.
 * Workers: 'none', but for the one page that registers the offline copy's.
 */
export function contentSecurityPolicy(scriptHashes = [], { runsScripts = true, styleHashes = [], registersWorker = false } = {}) {
  const scripts = runsScripts ? `'self'${scriptHashes.length ? ` ${scriptHashes.join(' ')}` : ''}` : "'none'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `worker-src ${registersWorker ? "'self'" : "'none'"}`,
    `style-src ${styleHashes.length ? styleHashes.join(' ') : "'self'"}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Cache-Control by URL path, first match wins: a long cache for content-hashed
 * build assets (Next's, our planner script, which static-export/postbuild/page-scripts.mjs
 * names by its hash, and the clinic's logo, named by its hash in
 * static-export/prebuild/brand-assets.mjs); HTML and extensionless paths (pages, share images) and
 * the search indexes (/_search/, rebuilt with the pages they list) are revalidated on every visit;
 * other files for an hour. Data, so the nginx map
 * is written from the same rules (static-export/headers/nginx-config.mjs).
 */
export const CACHE_CONTROL_RULES = [
  // The offline copy's service worker: browsers check it on every visit, so a new deploy reaches a saved copy at once.
  [/^\/offline-worker\.js$/, 'no-cache'],
  [/^\/(_next\/static|_planner|brand)\//, 'public, max-age=31536000, immutable'],
  [/\.html$/i, 'no-cache'],
  [/^\/_search\//, 'no-cache'],
  [/\.[a-z0-9]+$/i, 'public, max-age=3600'],
];
export const CACHE_CONTROL_DEFAULT = 'no-cache';

export function cacheControl(urlPath) {
  return CACHE_CONTROL_RULES.find(([pattern]) => pattern.test(urlPath))?.[1] ?? CACHE_CONTROL_DEFAULT;
}

/** A policy that allows no script and no inline style: the base of the policy for every response that is not a page. */
export const SCRIPT_FREE_POLICY = contentSecurityPolicy([], { runsScripts: false });

/**
 * The policy for every response that is not a page of its own: files, redirects,
 * errors, and any unknown address. It allows the 404 pages' inline styles
 * (`notFoundStyleHashes`), because Cloudflare Pages matches headers on the
 * address asked for and serves its 404.html under that address's rules.
 */
export function fallbackPolicy(notFoundStyleHashes = []) {
  return contentSecurityPolicy([], { runsScripts: false, styleHashes: notFoundStyleHashes });
}
