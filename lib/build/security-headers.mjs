// The one source of the site's HTTP headers. The local server, the generated
// _headers file and the nginx include all read from here, so every host sends
// the same policy. Plain JS so build scripts can import it without a compiler.
import { createHash } from 'node:crypto';

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

/** Only for hosts that serve HTTPS: browsers ignore it over plain HTTP. */
export const hstsHeader = { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' };

// JSON-LD and JSON data blocks are data: browsers never run them, so they need no CSP source.
const DATA_TYPE = String.raw`(?![^>]*\btype\s*=\s*["']?application\/(?:ld\+)?json)`;
const EXECUTABLE_SCRIPT = new RegExp(String.raw`<script\b${DATA_TYPE}[^>]*>`, 'i');

/** Whether an HTML document has any script a browser would run (JSON-LD is data, not code). */
export function runsScripts(html) {
  return EXECUTABLE_SCRIPT.test(html);
}

const INLINE_SCRIPT = new RegExp(String.raw`<script${DATA_TYPE}(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>`, 'gi');

/** sha-256 CSP sources for every inline <script> a browser would run (data blocks are skipped). */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * A strict Content-Security-Policy for one page: scripts only from our origin
 * or the exact inline bootstrap scripts of that page, never 'unsafe-inline'.
 * A page that runs no script at all (every content page) gets script-src 'none'.
 */
export function contentSecurityPolicy(scriptHashes = [], { runsScripts = true } = {}) {
  const scripts = runsScripts ? `'self'${scriptHashes.length ? ` ${scriptHashes.join(' ')}` : ''}` : "'none'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
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
 * Long cache for content-hashed build assets (Next's, our planner script,
 * which scripts/planner-script.mjs names by its hash, and the clinic's logo,
 * named by its hash in lib/build/brand-assets.ts); HTML is revalidated on every visit.
 */
const HASHED_ASSET_PREFIXES = ['/_next/static/', '/_planner/', '/brand/'];

export function cacheControl(urlPath) {
  if (HASHED_ASSET_PREFIXES.some((prefix) => urlPath.startsWith(prefix))) return 'public, max-age=31536000, immutable';
  if (urlPath.endsWith('.html') || !/\.[a-z0-9]+$/i.test(urlPath)) return 'no-cache';
  return 'public, max-age=3600';
}
