// Nothing leaks, nothing gets in: every page (and the 404 page) is visited in
// Chromium and fails on a Content-Security-Policy violation, a console error,
// a request to any other origin, or a cookie; the served headers are checked
// against the policy the issue sets. Runs against `npm start`'s server (phone,
// desktop), against nginx with deploy/nginx/site.conf (project "nginx") and
// against Cloudflare Pages' runtime with _headers (project "cloudflare"); what
// a host answers in its own way is written out in hosts.ts. The header files
// for real hosts are compared with `npm start` in deploy.spec.ts and
// cloudflare.spec.ts.
import { createHash } from 'node:crypto';
import net from 'node:net';
import { appointmentMark } from '../../static-export/postbuild/static-html.mjs';
import { expect, missingPaths, readAnywherePaths, searchPaths, sitePaths, STAFF_PATHS, test } from './fixtures';
import type { Host } from './hosts';

// The 404 page answers 404 at an unknown address (in each language), and at its own as the host does.
const NOT_FOUND = [...missingPaths(), '/404'];
// The offline copy's page runs a script and may start a worker: the one page whose CSP allows one.
const PAGES = [...sitePaths(), ...searchPaths(), ...readAnywherePaths().filter((p) => p.endsWith('/save-for-offline')), ...STAFF_PATHS, ...NOT_FOUND];
const statusOf = (pagePath: string, host: Host) => (pagePath === '/404' ? host.notFoundPageStatus : NOT_FOUND.includes(pagePath) ? 404 : 200);

/** Directives of a Content-Security-Policy header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function expectStrictPolicy(csp: string | null | undefined) {
  expect(csp, 'Content-Security-Policy header').toBeTruthy();
  const policy = directives(csp!);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  const scripts = policy.get('script-src') ?? policy.get('default-src')!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts.filter((source) => /^(https?:|\*|data:|blob:)/.test(source))).toEqual([]);
}

for (const pagePath of PAGES) {
  test.describe(`${pagePath}`, () => {
    test('loads with no CSP violation, console error, third-party request or cookie', async ({ page, context, baseURL, host }) => {
      const siteOrigin = new URL(baseURL!).origin;
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // The 404 page's own status is reported as a console error: that one is the point of the page.
        const ownStatus = message.text().includes('status of 404') && message.location().url === page.url();
        if (!(NOT_FOUND.includes(pagePath) && ownStatus)) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      const offSite: string[] = [];
      const setCookies: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        // data: and blob: URLs never leave the browser; anything on the network must be our origin.
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== siteOrigin) offSite.push(request.url());
      });
      page.on('response', async (response) => {
        const cookie = await response.headerValue('set-cookie');
        if (cookie !== null) setCookies.push(`${response.url()}: ${cookie}`);
      });

      const response = await page.goto(pagePath, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(statusOf(pagePath, host));
      // Links in view are prefetched on pages that run scripts; give lazy work a moment to show itself.
      await page.mouse.wheel(0, 10_000);
      await page.waitForLoadState('networkidle');

      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offSite).toEqual([]);
      expect(setCookies).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });

    test('is served with the security headers', async ({ request, host }) => {
      const response = await request.get(pagePath);
      const headers = response.headers();
      expectStrictPolicy(headers['content-security-policy']);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(['strict-origin-when-cross-origin', 'same-origin', 'strict-origin', 'no-referrer']).toContain(headers['referrer-policy']);
      const permissions = headers['permissions-policy'] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toMatch(new RegExp(`(^|, *)${feature}=\\(\\)`));
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['set-cookie']).toBeUndefined();
      // HSTS belongs to production HTTPS hosts: on localhost it would pin every local port to HTTPS
      // (a host that sends _headers' HSTS over http:// is ignored by browsers, RFC 6797 section 8.1).
      if (host.sendsHsts) expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      else expect(headers['strict-transport-security']).toBeUndefined();
      // Nothing on this site is for another site's scripts to read (Cloudflare Pages would allow it by default).
      expect(headers['access-control-allow-origin']).toBeUndefined();
    });
  });
}

test('pages have clean URLs: /aftercare, its .html file, and /aftercare/ redirecting to /aftercare', async ({ request, host }) => {
  const clean = await request.get('/aftercare');
  expect(clean.status()).toBe(200);
  expect(clean.headers()['content-type']).toBe('text/html; charset=utf-8');
  const file = await request.get('/aftercare.html', { maxRedirects: 0 });
  if (host.htmlAddress === 'served') {
    expect(file.status()).toBe(200);
    expect(await file.text()).toBe(await clean.text());
  } else {
    expect(file.status()).toBe(host.redirectStatus);
    expect(new URL(file.headers().location!, 'http://localhost').pathname).toBe('/aftercare');
  }
  const slash = await request.get('/aftercare/', { maxRedirects: 0 });
  expect(slash.status()).toBe(host.redirectStatus);
  expect(new URL(slash.headers().location!, 'http://localhost').pathname).toBe('/aftercare');
});

test('the 404 page and unknown files forbid scripts', async ({ request, host }) => {
  for (const pagePath of [...missingPaths(), '/no-such-file.css', '/404', '/404.html']) {
    const response = await request.get(pagePath);
    expect(response.status(), pagePath).toBe(pagePath.startsWith('/404') ? host.notFoundPageStatus : 404);
    expect(directives(response.headers()['content-security-policy']!).get('script-src'), pagePath).toEqual(["'none'"]);
  }
});

test('a page that runs no script forbids scripts altogether; the planner, staff and flush reminder pages allow only their own', async ({ request }) => {
  const csp = async (pagePath: string) => directives((await request.get(pagePath)).headers()['content-security-policy']!);
  expect((await csp('/what-is-a-port')).get('script-src')).toEqual(["'none'"]);
  // The planner is one script file of our own, added by a one-line inline loader allowed by its hash alone;
  // the appointment mark in <head> (times first for a staff link) is allowed by its own hash.
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  expect((await csp('/preparation')).get('script-src')).toEqual(["'self'", hash(appointmentMark()), expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
  // So do the staff page and /using-your-port (the flush reminder), each with its own script.
  for (const pagePath of ['/staff', '/using-your-port', '/es/using-your-port']) {
    expect((await csp(pagePath)).get('script-src'), pagePath).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
  }
});

test.describe('the running server refuses bad requests and keeps serving', () => {
  /** Sends bytes exactly as given (fetch would normalise the path) and returns the status code. */
  function rawStatus(baseURL: string, requestLine: string): Promise<number> {
    const { hostname, port } = new URL(baseURL);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('end', () => resolve(Number(data.split(' ')[1])));
      socket.on('error', reject);
    });
  }

  const badRequests = [
    'GET /../../etc/passwd HTTP/1.1',
    'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1',
    'GET /%2e%2e%2f%2e%2e%2fetc%2fpasswd HTTP/1.1',
    'GET /%252e%252e%252f%252e%252e%252fetc%252fpasswd HTTP/1.1',
    'GET /..\\..\\etc\\passwd HTTP/1.1',
    'GET /%5c..%5c..%5cetc%5cpasswd HTTP/1.1',
    'GET /what-is-a-port%00.html HTTP/1.1',
    `GET /${'a'.repeat(100 * 1024)} HTTP/1.1`,
    'PROPFIND / HTTP/1.1',
    'TRACE / HTTP/1.1',
    'POST /preparation HTTP/1.1',
    'GET /preparation?appointment=%zz HTTP/1.1',
    'GET /preparation?appointment=100% HTTP/1.1',
  ];
  for (const line of badRequests) {
    test(`${line.slice(0, 70)}${line.length > 70 ? '…' : ''}`, async ({ baseURL, request }) => {
      const status = await rawStatus(baseURL!, line);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect((await request.get('/')).status()).toBe(200);
    });
  }
});
