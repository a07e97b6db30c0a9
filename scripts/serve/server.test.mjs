// @vitest-environment node
// The local server against a tiny fixture site: headers, clean URLs, 404s, and
// requests that try to escape the site or break the parser.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, rejectReason } from './server.mjs';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
let server;
let base;

beforeAll(async () => {
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Home</title><script>boot()</script>');
  fs.writeFileSync(path.join(site, 'aftercare.html'), '<!doctype html><title>Aftercare</title>');
  fs.writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Not found</title><style>p{color:red}</style>');
  fs.writeFileSync(path.join(site, '404.html.br'), zlib.brotliCompressSync('<!doctype html><title>Not found</title>'));
  fs.mkdirSync(path.join(site, '_next/static/chunks'), { recursive: true });
  fs.writeFileSync(path.join(site, '_next/static/chunks/app-abc123.js'), 'console.log(1)');
  fs.mkdirSync(path.join(site, '_planner'), { recursive: true });
  fs.writeFileSync(path.join(site, '_planner/planner.0123abcd.js'), 'console.log(2)');
  fs.writeFileSync(path.join(site, '.build-info.json'), '{}');
  fs.mkdirSync(path.join(site, 'es'));
  fs.writeFileSync(path.join(site, 'es.html'), '<!doctype html><html lang="es"><title>Inicio</title>');
  fs.writeFileSync(path.join(site, 'es/aftercare.html'), '<!doctype html><html lang="es"><title>Cuidados</title>');
  fs.writeFileSync(path.join(site, 'es/404.html'), '<!doctype html><html lang="es"><title>No encontramos la página</title>');
  fs.mkdirSync(path.join(site, 'aftercare'));
  fs.writeFileSync(path.join(site, 'aftercare/opengraph-image'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = createSiteServer({ outDir: site });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

afterAll(() => {
  server.close();
  fs.rmSync(site, { recursive: true, force: true });
});

/** Sends a request line exactly as given, bypassing URL normalisation in fetch. */
function rawRequest(requestLine) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => {
      socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve(Number(data.split(' ')[1])));
    socket.on('error', reject);
  });
}

describe('site server', () => {
  it('serves a page at its clean URL with the security headers and its own script hash', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy');
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/aftercare`)).status).toBe(200);
  });

  it('serves the extensionless share images as PNG', async () => {
    const response = await fetch(`${base}/aftercare/opengraph-image`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('caches hashed build assets for a year', async () => {
    const response = await fetch(`${base}/_next/static/chunks/app-abc123.js`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const planner = await fetch(`${base}/_planner/planner.0123abcd.js`);
    expect(planner.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(planner.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers an unknown page with the 404 page and status, compressed when the browser accepts it', async () => {
    const response = await fetch(`${base}/no-such-page`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toContain('Not found');
    const plain = await fetch(`${base}/favicon.ico`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('Not found');
  });

  it.each(['/404', '/404.html', '/_not-found', '/_not-found.html', '/%34%30%34'])('answers the 404 page at its own address %s with status 404 and no scripts', async (address) => {
    const response = await fetch(`${base}${address}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Not found');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
  });

  it("answers an unknown page and an unknown asset with script-src none and the 404 page's own style", async () => {
    // `printf '%s' 'p{color:red}' | openssl dgst -sha256 -binary | base64`
    const notFoundStyle = "style-src 'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64=';";
    for (const address of ['/no-such-page', '/_next/static/none.css']) {
      const response = await fetch(`${base}${address}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
      expect(response.headers.get('content-security-policy')).toContain(notFoundStyle);
    }
    const file = await fetch(`${base}/_next/static/chunks/app-abc123.js`);
    expect(file.headers.get('content-security-policy')).toContain(notFoundStyle);
  });

  it('sends pages as "text/html; charset=utf-8", as nginx does, and files that are not pages with script-src none', async () => {
    expect((await fetch(`${base}/aftercare`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${base}/aftercare.html`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    const asset = await fetch(`${base}/_next/static/chunks/app-abc123.js`);
    expect(asset.headers.get('content-security-policy')).toContain("script-src 'none'");
  });

  it('redirects a page address with a trailing slash to the page, never off the site', async () => {
    const response = await fetch(`${base}/aftercare/?appointment=x`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/aftercare?appointment=x');
    const sneaky = await fetch(`${base}//other.example/`, { redirect: 'manual' });
    expect(sneaky.headers.get('location')).toBe('/other.example');
  });

  it('answers an unknown address under /es/ with the Spanish 404 page and status 404', async () => {
    for (const address of ['/es/no-such-page', '/es/aftercare/extra', '/es/%C3%B1']) {
      const response = await fetch(`${base}${address}`);
      expect(response.status, address).toBe(404);
      expect(await response.text()).toContain('No encontramos la página');
    }
    expect(await (await fetch(`${base}/es/aftercare`)).text()).toContain('Cuidados');
    expect(await (await fetch(`${base}/es`)).text()).toContain('Inicio');
    // Only the language's own folder: /estimate is not Spanish.
    expect(await (await fetch(`${base}/estimate`)).text()).toContain('Not found');
    // The Spanish 404 page's own addresses answer 404 too.
    for (const address of ['/es/404', '/es/404.html']) expect((await fetch(`${base}${address}`)).status, address).toBe(404);
  });

  it('does not serve dotfiles', async () => {
    expect((await fetch(`${base}/.build-info.json`)).status).toBe(404);
  });

  it.each([
    ['GET /../../etc/passwd HTTP/1.1', 400],
    ['GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1', 400],
    ['GET /..%2f..%2fetc%2fpasswd HTTP/1.1', 400],
    ['GET /%2e%2e%5c%2e%2e%5cetc%5cpasswd HTTP/1.1', 400],
    ['GET /index.html%00.js HTTP/1.1', 400],
    ['GET /%E0%A4%A HTTP/1.1', 400],
    ['GET /%252e%252e%252f%252e%252e%252fetc%252fpasswd HTTP/1.1', 404], // decoded once, it is a file name that does not exist
    ['GET /..\\..\\etc\\passwd HTTP/1.1', 400],
    ['GET /index.html\0 HTTP/1.1', 400], // a raw null byte: Node's parser refuses it
    [`GET /${'a'.repeat(5000)} HTTP/1.1`, 414],
    [`GET /${'a'.repeat(100 * 1024)} HTTP/1.1`, 431], // beyond Node's header limit, refused before it reaches us
    ['GET /aftercare?appointment=%zz HTTP/1.1', 400],
    ['GET /aftercare?appointment=100% HTTP/1.1', 400],
    ['GET /aftercare?appointment=%E0%A4%A HTTP/1.1', 400],
    ['DELETE / HTTP/1.1', 405],
    ['PUT /aftercare HTTP/1.1', 405],
    ['PROPFIND / HTTP/1.1', 405],
    ['TRACE / HTTP/1.1', 405],
    ['BREW /coffee HTTP/1.1', 400], // not an HTTP method Node knows
  ])('refuses %s with %i and keeps serving', async (line, status) => {
    expect(await rawRequest(line)).toBe(status);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('serves a page whose query string is odd but well formed', async () => {
    expect((await fetch(`${base}/aftercare?appointment=&&==`)).status).toBe(200);
    expect((await fetch(`${base}/aftercare?appointment=2026-12-03T07%3A30`)).status).toBe(200);
  });

  it('sends a 405 with Allow, and error responses that run no script', async () => {
    const response = await fetch(`${base}/`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
  });
});

describe('rejectReason', () => {
  it('allows ordinary requests', () => {
    expect(rejectReason('GET', '/aftercare#when-to-call')).toBeNull();
    expect(rejectReason('GET', '/preparation?appointment=2026-12-03T07:30')).toBeNull();
    expect(rejectReason('HEAD', '/')).toBeNull();
  });
});
