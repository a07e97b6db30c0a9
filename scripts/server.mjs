// The production static server for out/: clean URLs, precompressed files,
// security headers from lib/security-headers.mjs, and a 4xx (never a crash)
// for requests that try to escape the site or break the parser.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { baseHeaders, cacheControl, contentSecurityPolicy } from '../lib/security-headers.mjs';
import { OUT_DIR, policiesByRequestPath } from './site-files.mjs';

const MAX_URL_LENGTH = 2048;

function sendError(res, status, message, headers = {}) {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': contentSecurityPolicy([], { runsScripts: false }), 'Cache-Control': 'no-store', ...headers });
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

export function createSiteServer({ outDir = OUT_DIR } = {}) {
  const policies = policiesByRequestPath(outDir);
  const notFoundPage = fs.readFileSync(path.join(outDir, '404.html'));
  const notFoundPolicy = policies.get('/404.html') ?? contentSecurityPolicy();

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
      res.setHeader('Content-Security-Policy', policies.get(pathname) ?? contentSecurityPolicy());
    },
  });

  return http.createServer((req, res) => {
    const rejection = rejectReason(req.method, req.url);
    if (rejection) {
      const [status, message] = rejection;
      sendError(res, status, message, status === 405 ? { Allow: 'GET, HEAD' } : {});
      return;
    }
    try {
      serveStatic(req, res, () => {
        res.writeHead(404, { ...baseHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': notFoundPolicy, 'Cache-Control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : notFoundPage);
      });
    } catch {
      if (!res.headersSent) sendError(res, 400, 'Bad Request');
      else res.destroy();
    }
  });
}
