// Nothing leaks, nothing gets in: every page (and the 404 page) is visited in
// Chromium served by the production server, and fails on a Content-Security-
// Policy violation, a console error, a request to any other origin, or a
// cookie. The served headers and the header files written for real hosts are
// checked against the policy the issue sets.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, missingPaths, sitePaths, test } from './fixtures';

const PAGES = [...sitePaths(), ...missingPaths()];

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
    test('loads with no CSP violation, console error, third-party request or cookie', async ({ page, context, baseURL }) => {
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
        if (!(missingPaths().includes(pagePath) && ownStatus)) consoleErrors.push(message.text());
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
      expect(response?.status()).toBe(missingPaths().includes(pagePath) ? 404 : 200);
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

    test('is served with the security headers', async ({ request }) => {
      const response = await request.get(pagePath);
      const headers = response.headers();
      expectStrictPolicy(headers['content-security-policy']);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(['strict-origin-when-cross-origin', 'same-origin', 'strict-origin', 'no-referrer']).toContain(headers['referrer-policy']);
      const permissions = headers['permissions-policy'] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toMatch(new RegExp(`(^|, *)${feature}=\\(\\)`));
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['set-cookie']).toBeUndefined();
      // HSTS belongs to production HTTPS hosts: on localhost it would pin every local port to HTTPS.
      expect(headers['strict-transport-security']).toBeUndefined();
    });
  });
}

test('a page that runs no script forbids scripts altogether; the planner page allows only its own', async ({ request }) => {
  const csp = async (pagePath: string) => directives((await request.get(pagePath)).headers()['content-security-policy']!);
  expect((await csp('/what-is-a-port')).get('script-src')).toEqual(["'none'"]);
  // The planner is one script file of our own, added by a one-line inline loader allowed by its hash alone.
  expect((await csp('/preparation')).get('script-src')).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
});

test.describe('header files for production hosts', () => {
  const outDir = path.resolve(process.env.OUT_DIR ?? 'out');

  /** out/_headers as a map from URL pattern to its headers. */
  function readHeadersFile(): Map<string, Map<string, string>> {
    const blocks = new Map<string, Map<string, string>>();
    let current: Map<string, string> | undefined;
    for (const line of fs.readFileSync(path.join(outDir, '_headers'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      if (!/^\s/.test(line)) blocks.set(line.trim(), (current = new Map()));
      else {
        const colon = line.indexOf(':');
        current!.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
    }
    return blocks;
  }

  test('_headers sends HSTS and the base headers everywhere, and each page the CSP the server sends', async ({ request }) => {
    const blocks = readHeadersFile();
    const all = blocks.get('/*')!;
    expect(all.get('strict-transport-security')).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(all.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('cross-origin-opener-policy')).toBe('same-origin');
    for (const pagePath of sitePaths()) {
      const served = (await request.get(pagePath)).headers()['content-security-policy'];
      expect(blocks.get(pagePath)?.get('content-security-policy'), pagePath).toBe(served);
    }
    expectStrictPolicy(blocks.get('/404')?.get('content-security-policy'));
  });

  test('the nginx include sends HSTS and every page has its policy in the CSP map', async ({ request }) => {
    const include = fs.readFileSync('deploy/generated/security-headers.conf', 'utf8');
    expect(include).toMatch(/^add_header Strict-Transport-Security "max-age=\d+; includeSubDomains" always;$/m);
    expect(include).toMatch(/^add_header Content-Security-Policy \$port_guide_csp always;$/m);
    expect(include).toMatch(/^add_header Permissions-Policy "camera=\(\), microphone=\(\), geolocation=\(\)/m);
    const map = fs.readFileSync('deploy/generated/csp-map.conf', 'utf8');
    for (const pagePath of sitePaths()) {
      const served = (await request.get(pagePath)).headers()['content-security-policy']!;
      expect(map, pagePath).toContain(`"${pagePath}" "${served}";`);
    }
    expect(fs.readFileSync('deploy/nginx.conf.example', 'utf8')).toContain('include /etc/nginx/port-guide/security-headers.conf;');
  });
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
