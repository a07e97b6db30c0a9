// The benchmarks' reference: the smallest static file server that can serve
// the site (node:http + fs, clean URLs, no security headers, no checks). With
// `compress`, HTML/CSS/JS go out brotli-compressed, as a good CDN would, so the
// plain-HTML copy in `npm run bench` is a fair physical limit for the bytes.
// With `headersFor`, each answer also carries the headers it returns for the
// request path (the bench gives each plain page our page's security headers).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json' };

export function createPlainServer(root, { compress = false, headersFor = () => ({}) } = {}) {
  const cache = new Map();
  return http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`];
    const file = candidates.map((c) => path.join(root, c)).find((f) => f.startsWith(root) && fs.existsSync(f) && fs.statSync(f).isFile());
    const status = file ? 200 : 404;
    const full = file ?? path.join(root, '404.html');
    const type = TYPES[path.extname(full)] ?? 'application/octet-stream';
    const useBrotli = compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && /^text\/|svg|json|xml/.test(type);
    const key = `${full}:${useBrotli}`;
    if (!cache.has(key)) {
      const data = fs.readFileSync(full);
      cache.set(key, useBrotli ? zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) : data);
    }
    const body = cache.get(key);
    res.writeHead(status, { ...headersFor(pathname), 'Content-Type': type, 'Content-Length': body.length, ...(useBrotli ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}) });
    res.end(body);
  });
}

// `node scripts/serve/plain-server.mjs <dir> <port>`: run it on its own, as `npm run bench:load` does.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'out', port = '3000'] = process.argv.slice(2);
  const server = createPlainServer(path.resolve(root));
  server.listen(Number(port), '127.0.0.1', () => console.log(`plain server for ${root} at http://127.0.0.1:${port}`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
