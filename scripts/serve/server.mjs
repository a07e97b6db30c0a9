// The production static server for out/: clean URLs, precompressed files,
// security headers from static-export/headers/security-headers.mjs, and a 4xx (never a crash)
// for requests that try to escape the site or break the parser.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { baseHeaders, cacheControl } from '../../static-export/headers/security-headers.mjs';
import { fallbackPolicyFor, OUT_DIR, policiesByRequestPath, SHARE_IMAGE_PATH } from '../../static-export/site-files.mjs';

const MAX_URL_LENGTH = 2048;
// The 404 page's own files answer 404 too, as on nginx (deploy/nginx/site.conf).
// The 404 pages (a translation's own too, /es/404) only ever answer with status 404.
const NOT_FOUND_PAGE = /^(\/[a-z]{2})?\/(404|_not-found)(\.html)?$/;
const HTML = 'text/html; charset=utf-8';

function sendError(res, status, message, policy, headers = {}) {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': policy, 'Cache-Control': 'no-store', ...headers });
  res.end(`${status} ${message}\n`);
}

/** Returns a reason to refuse the request, or null when it is safe to serve. */
export function rejectReason(method, rawUrl) {
  if (method !== 'GET' && method !== 'HEAD') return [405, 'Method Not Allowed'];
  if (!rawUrl || rawUrl.length > MAX_URL_LENGTH) return [414, 'URI Too Long'];
  if (!rawUrl.startsWith('/')) return [400, 'Bad Request'];
  const [pathname, query = ''] = rawUrl.split('#', 1)[0].split(/\?(.*)/s);
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
    // A query that is not valid percent-encoding (%zz, a lone %) is a broken link, not a page.
    decodeURIComponent(query);
  } catch {
    return [400, 'Bad Request'];
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return [400, 'Bad Request'];
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return [400, 'Bad Request'];
  return null;
}

/**
 * The 404 pages: out/404.html for every unknown address, and a translation's
 * own, out/<lang>/404.html, for unknown addresses under /<lang>/ (and /<lang>
 * itself, were it missing), so a Spanish reader gets a Spanish page.
 */
function loadNotFoundPages(outDir, policies, fallbackPolicy) {
  const load = (prefix, file) => ({
    prefix,
    page: fs.readFileSync(file),
    // Sent compressed like every other page (a missing favicon is a common request).
    compressed: [
      ['br', `${file}.br`],
      ['gzip', `${file}.gz`],
    ]
      .filter(([, variant]) => fs.existsSync(variant))
      .map(([encoding, variant]) => ({ encoding, body: fs.readFileSync(variant) })),
    policy: policies.get(`${prefix}/404.html`) ?? fallbackPolicy,
  });
  const translated = fs
    .readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name) && fs.existsSync(path.join(outDir, entry.name, '404.html')))
    .map((entry) => load(`/${entry.name}`, path.join(outDir, entry.name, '404.html')));
  const fallback = load('', path.join(outDir, '404.html'));
  return (pathname) => translated.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`)) ?? fallback;
}

export function createSiteServer({ outDir = OUT_DIR } = {}) {
  const policies = policiesByRequestPath(outDir);
  // Files, redirects and errors: the same policy _headers and nginx send them (static-export/postbuild/deploy-files.mjs).
  const otherAnswers = fallbackPolicyFor(outDir);
  const notFoundFor = loadNotFoundPages(outDir, policies, otherAnswers);

  function sendNotFound(req, res) {
    const accepted = req.headers['accept-encoding'] ?? '';
    const notFound = notFoundFor(decodeURIComponent(req.url.split(/[?#]/, 1)[0]));
    const compressed = notFound.compressed.find(({ encoding }) => new RegExp(`\\b${encoding}\\b`).test(accepted));
    res.writeHead(404, {
      ...baseHeaders,
      'Content-Type': HTML,
      'Content-Security-Policy': notFound.policy,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(compressed ? { 'Content-Encoding': compressed.encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : (compressed?.body ?? notFound.page));
  }

  const serveStatic = sirv(outDir, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    dotfiles: false,
    etag: true,
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
      res.setHeader('Cache-Control', cacheControl(pathname));
      // sirv passes the request path ("/aftercare"), not the file it chose.
      const pagePolicy = policies.get(pathname);
      res.setHeader('Content-Security-Policy', pagePolicy ?? otherAnswers);
      // The same spelling as nginx's `charset utf-8` (sirv writes "text/html;charset=utf-8").
      if (pagePolicy) res.setHeader('Content-Type', HTML);
      if (SHARE_IMAGE_PATH.test(pathname)) res.setHeader('Content-Type', 'image/png');
    },
  });

  const server = http.createServer((req, res) => {
    const rejection = rejectReason(req.method, req.url);
    if (rejection) {
      const [status, message] = rejection;
      sendError(res, status, message, otherAnswers, status === 405 ? { Allow: 'GET, HEAD' } : {});
      return;
    }
    const [pathname, query] = req.url.split(/\?(.*)/s);
    if (NOT_FOUND_PAGE.test(decodeURIComponent(pathname))) {
      sendNotFound(req, res);
      return;
    }
    // One address per page: /aftercare/ redirects to /aftercare (leading slashes
    // collapsed, so //other.example/ can never become a redirect off the site).
    if (pathname.length > 1 && pathname.endsWith('/')) {
      const location = `/${pathname.replace(/^\/+|\/+$/g, '')}${query === undefined ? '' : `?${query}`}`;
      res.writeHead(301, { ...baseHeaders, Location: location, 'Content-Security-Policy': otherAnswers, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    try {
      serveStatic(req, res, () => sendNotFound(req, res));
    } catch {
      if (!res.headersSent) sendError(res, 400, 'Bad Request', otherAnswers);
      else res.destroy();
    }
  });

  // Requests Node cannot parse (a 100 KB URL, a null byte, an unknown method) get
  // a 4xx. Node's default answer closes the socket with the rest of the request
  // unread, which resets the connection and can swallow the answer; reading and
  // discarding the rest first lets the client see it.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\nX-Content-Type-Options: nosniff\r\n\r\n`);
    socket.resume();
    socket.setTimeout(5000, () => socket.destroy());
  });
  return server;
}
