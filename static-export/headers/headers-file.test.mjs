// @vitest-environment node
import { commonPath, formatHeadersFile, headersFileProblems, headersForPath, parseHeadersFile, siteHeaderRules } from './headers-file.mjs';

const STRICT = "default-src 'self'; script-src 'none'";
const PLANNER = "default-src 'self'; script-src 'self' 'sha256-abc='";

/** A site's _headers: the home page, the planner page, and `scriptPages` more pages that run a script, up to `pageCount` pages. */
function site(pageCount, scriptPages = 0) {
  const pages = [{ url: '/', file: '/index.html', csp: STRICT }, { url: '/preparation', file: '/preparation.html', csp: PLANNER }];
  for (let n = 0; n < scriptPages; n++) pages.push({ url: `/tool-${n}`, file: `/tool-${n}.html`, csp: `${PLANNER} 'sha256-${n}='` });
  for (let n = 0; pages.length < pageCount; n++) pages.push({ url: `/page-${n}`, file: `/page-${n}.html`, csp: STRICT });
  return formatHeadersFile(
    siteHeaderRules({
      common: { 'X-Content-Type-Options': 'nosniff', 'Strict-Transport-Security': 'max-age=63072000' },
      defaultCsp: STRICT,
      defaultCacheControl: 'no-cache',
      immutable: [['/_next/static/', 'public, max-age=31536000, immutable'], ['/_planner/', 'public, max-age=31536000, immutable']],
      pages,
    }),
  );
}

describe('commonPath', () => {
  it.each([
    ['/*', '/preparation', '/preparation'],
    ['/preparation', '/preparation', '/preparation'],
    ['/*.html', '/preparation.html', '/preparation.html'],
    ['/_next/static/*', '/_next/*', '/_next/static/'],
    ['/:page', '/aftercare', '/aftercare'],
  ])('%s and %s both match %s', (a, b, path) => {
    expect(commonPath(a, b)).toBe(path);
  });

  it.each([
    ['/aftercare', '/aftercare.html'],
    ['/_next/static/*', '/_planner/*'],
    ['/opengraph-image', '/*/opengraph-image'],
    ['/:page', '/a/b'],
    ['/', '/index.html'],
  ])('%s and %s share no path', (a, b) => {
    expect(commonPath(a, b)).toBeNull();
  });
});

describe('headersFileProblems', () => {
  it('passes the site as it is built, with rules only for the pages that run a script', () => {
    expect(headersFileProblems(site(30))).toEqual([]);
    // `/*`, two long-cache rules, two share-image rules, and /preparation at two addresses.
    expect(parseHeadersFile(site(30)).map((rule) => rule.pattern)).toEqual(['/*', '/_next/static/*', '/_planner/*', '/opengraph-image', '/*/opengraph-image', '/preparation', '/preparation.html']);
    // Pages without scripts take the defaults of `/*`, so a thousand of them still fit.
    expect(headersFileProblems(site(1000))).toEqual([]);
  });

  it('writes detach lines before the headers that replace them', () => {
    const rules = parseHeadersFile(site(2));
    expect(rules[0].headers[0]).toMatchObject({ name: 'Access-Control-Allow-Origin', detach: true });
    expect(rules.find((rule) => rule.pattern === '/preparation').headers.map((h) => (h.detach ? `! ${h.name}` : h.name))).toEqual([
      '! Content-Security-Policy',
      'Content-Security-Policy',
    ]);
  });

  it('fails when a site-wide rule and a page both set the CSP, naming both rules and a path', () => {
    const text = `/*\n  Content-Security-Policy: ${STRICT}\n/preparation\n  Content-Security-Policy: ${PLANNER}\n`;
    expect(headersFileProblems(text)).toEqual([
      expect.stringMatching(/^Content-Security-Policy is set by "\/\*" \(line 2\) and "\/preparation" \(line 4\), which both match \/preparation: /),
    ]);
  });

  it('fails when one rule sets a header twice', () => {
    expect(headersFileProblems('/a\n  Cache-Control: no-cache\n  Cache-Control: no-store\n')).toHaveLength(1);
  });

  it('fails above 100 rules', () => {
    const text = Array.from({ length: 101 }, (_, n) => `/p${n}\n  X-Robots-Tag: noindex`).join('\n');
    expect(headersFileProblems(text)).toEqual(['101 rules; Cloudflare Pages reads at most 100']);
    // Five fixed rules and two a page that runs a script: 47 such pages fit, 48 do not.
    expect(headersFileProblems(site(60, 46))).toEqual([]);
    expect(headersFileProblems(site(60, 47))).toEqual(['101 rules; Cloudflare Pages reads at most 100']);
  });

  it('fails on a line over 2,000 characters', () => {
    const text = `/a\n  Content-Security-Policy: default-src 'self' ${'x'.repeat(2000)}\n`;
    expect(headersFileProblems(text)).toEqual([expect.stringMatching(/^line 2 is 2\d{3} characters; Cloudflare Pages allows 2000$/)]);
  });

  it('fails on two splats in one pattern', () => {
    expect(headersFileProblems('/*/x/*\n  X-Robots-Tag: noindex\n')).toEqual([expect.stringContaining('more than one splat')]);
  });

  it('lets a later rule replace a header it detaches, and nothing else', () => {
    const replaced = `/*\n  Content-Security-Policy: ${STRICT}\n/preparation\n  ! Content-Security-Policy\n  Content-Security-Policy: ${PLANNER}\n`;
    expect(headersFileProblems(replaced)).toEqual([]);
    expect(headersFileProblems('/*\n  X-Robots-Tag: noindex\n/a\n  ! X-Robots-Tag\n')).toEqual([]);
    // Detaching another header, or a header of one's own rule, does not stop the join.
    expect(headersFileProblems(`/*\n  Content-Security-Policy: ${STRICT}\n/preparation\n  ! Cache-Control\n  Content-Security-Policy: ${PLANNER}\n`)).toHaveLength(1);
    expect(headersFileProblems('/a\n  ! Cache-Control\n  Cache-Control: no-cache\n  Cache-Control: no-store\n')).toHaveLength(1);
  });

  it('fails when the detaching rule comes first: Cloudflare applies rules in file order', () => {
    const text = `/preparation\n  ! Content-Security-Policy\n  Content-Security-Policy: ${PLANNER}\n/*\n  Content-Security-Policy: ${STRICT}\n`;
    expect(headersFileProblems(text)).toEqual([expect.stringContaining('Content-Security-Policy is set by "/preparation" (line 3) and "/*" (line 5)')]);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(site(3));

  it('gives a page without scripts, an unknown address and a file the defaults of /*', () => {
    for (const path of ['/', '/page-0', '/page-0.html', '/no-such-page', '/es/no-such-page', '/icon.svg']) {
      expect(headersForPath(rules, path), path).toEqual({
        'X-Content-Type-Options': 'nosniff',
        'Strict-Transport-Security': 'max-age=63072000',
        'Content-Security-Policy': STRICT,
        'Cache-Control': 'no-cache',
      });
    }
  });

  it('gives a page with a script its own policy, once, and hashed assets the long cache', () => {
    expect(headersForPath(rules, '/preparation')['Content-Security-Policy']).toBe(PLANNER);
    expect(headersForPath(rules, '/preparation.html')['Content-Security-Policy']).toBe(PLANNER);
    expect(headersForPath(rules, '/_next/static/app.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/aftercare/opengraph-image')['Content-Type']).toBe('image/png');
  });

  it('joins a header two rules set, as Cloudflare does, when nothing detaches it', () => {
    const joined = parseHeadersFile(`/*\n  Content-Security-Policy: ${STRICT}\n/preparation\n  Content-Security-Policy: ${PLANNER}\n`);
    expect(headersForPath(joined, '/preparation')['Content-Security-Policy']).toBe(`${STRICT}, ${PLANNER}`);
  });
});
