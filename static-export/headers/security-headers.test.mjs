// @vitest-environment node
import { cacheControl, contentSecurityPolicy, fallbackPolicy, inlineScriptHashes, inlineStyleHashes, registersWorker, runsScripts, strictTransportSecurity } from './security-headers.mjs';

describe('contentSecurityPolicy', () => {
  it("allows workers only on the page that registers the offline copy's", () => {
    expect(contentSecurityPolicy([], { runsScripts: false })).toContain("worker-src 'none';");
    expect(contentSecurityPolicy(['\'sha256-x\''], { registersWorker: true })).toContain("script-src 'self' 'sha256-x'; worker-src 'self';");
    expect(registersWorker('<div data-needs-js="offline" data-offline="{}"></div>')).toBe(true);
    expect(registersWorker('<div data-needs-js="planner"></div>')).toBe(false);
    expect(registersWorker('<p>data-needs-js="offline"</p>')).toBe(false);
  });

  it('allows our own scripts and the exact inline ones, never unsafe-inline', () => {
    const csp = contentSecurityPolicy(inlineScriptHashes('<script>boot()</script><script src="/a.js"></script>'));
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('needs no hash for JSON-LD or JSON data blocks, which never run', () => {
    const html = '<script type="application/ld+json">{"@type":"WebPage"}</script><script type="application/json">{}</script><script type="module" src="/_planner/p.js"></script>';
    expect(inlineScriptHashes(html)).toEqual([]);
    expect(runsScripts(html)).toBe(true);
    expect(runsScripts('<script type="application/ld+json">{}</script>')).toBe(false);
    expect(inlineScriptHashes('<script type="application/ld+json">{}</script><script>boot()</script>')).toHaveLength(1);
  });

  it("forbids every script on a page that runs none", () => {
    expect(contentSecurityPolicy([], { runsScripts: false })).toContain("script-src 'none';");
  });

  it.each(["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"])('has %s', (directive) => {
    expect(contentSecurityPolicy()).toContain(directive);
  });
});

describe('style-src', () => {
  // Expected hashes from `printf '%s' 'p{color:red}' | openssl dgst -sha256 -binary | base64`.
  const RED = "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='";
  const MARGIN = "'sha256-haslpKBWGiDnFaIna3QXJZNwVNFw+tCL2+dexXVb4zo='";

  it('hashes each inline <style> over its exact text, once each', () => {
    expect(inlineStyleHashes('<head><style>p{color:red}</style></head><body><svg><style>h1{margin:0}</style></svg><style>p{color:red}</style>')).toEqual([RED, MARGIN]);
    expect(inlineStyleHashes('<p>style</p><!-- <style>p{color:red}</style> -->')).toEqual([]);
  });

  it("allows a page's inline styles by hash alone, never unsafe-inline", () => {
    const csp = contentSecurityPolicy([], { runsScripts: false, styleHashes: [RED] });
    expect(csp).toContain(`style-src ${RED};`);
    expect(csp).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy()).toContain("style-src 'self';");
  });

  it("gives files and unknown addresses the 404 pages' styles and no script", () => {
    const csp = fallbackPolicy([RED, MARGIN]);
    expect(csp).toContain(`style-src ${RED} ${MARGIN};`);
    expect(csp).toContain("script-src 'none';");
  });
});

describe('runsScripts', () => {
  it('sees inline and external scripts but not JSON-LD data blocks', () => {
    expect(runsScripts('<p>x</p><script src="/a.js"></script>')).toBe(true);
    expect(runsScripts('<script>boot()</script>')).toBe(true);
    expect(runsScripts('<script type="application/ld+json">{}</script><p>script</p>')).toBe(false);
  });
});

describe('strictTransportSecurity', () => {
  it('covers only the site itself unless the clinic opts in', () => {
    expect(strictTransportSecurity()).toBe('max-age=63072000');
    expect(strictTransportSecurity({ includeSubDomains: false, preload: false })).toBe('max-age=63072000');
  });

  it('adds includeSubDomains and preload only when asked', () => {
    expect(strictTransportSecurity({ includeSubDomains: true })).toBe('max-age=63072000; includeSubDomains');
    expect(strictTransportSecurity({ includeSubDomains: true, preload: true })).toBe('max-age=63072000; includeSubDomains; preload');
  });

  it('refuses preload without includeSubDomains, naming the field', () => {
    expect(() => strictTransportSecurity({ preload: true })).toThrow('hsts.preload needs hsts.includeSubDomains');
  });
});

describe('cacheControl', () => {
  it.each([
    ['/_next/static/chunks/app-1.css', 'public, max-age=31536000, immutable'],
    ['/_planner/planner.0123abcd.js', 'public, max-age=31536000, immutable'],
    ['/brand/logo.0123456789abcdef.svg', 'public, max-age=31536000, immutable'],
    ['/aftercare', 'no-cache'],
    ['/', 'no-cache'],
    ['/aftercare.html', 'no-cache'],
    ['/aftercare/opengraph-image', 'no-cache'],
    ['/_search/es.json', 'no-cache'],
    ['/icon.svg', 'public, max-age=3600'],
    ['/sitemap.xml', 'public, max-age=3600'],
    // The offline copy's worker: checked by the browser on every visit, so a new deploy replaces a saved copy.
    ['/offline-worker.js', 'no-cache'],
    ['/_planner/offline-worker.js', 'public, max-age=31536000, immutable'],
  ])('%s: %s', (urlPath, expected) => {
    expect(cacheControl(urlPath)).toBe(expected);
  });
});
