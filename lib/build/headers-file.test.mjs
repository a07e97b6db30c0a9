// @vitest-environment node
import { commonPath, formatHeadersFile, headersFileProblems, parseHeadersFile, siteHeaderRules } from './headers-file.mjs';

const STRICT = "default-src 'self'; script-src 'none'";
const PLANNER = "default-src 'self'; script-src 'self' 'sha256-abc='";

function site(pageCount) {
  const pages = [{ url: '/', file: '/index.html', csp: STRICT }, { url: '/preparation', file: '/preparation.html', csp: PLANNER }];
  for (let n = 0; pages.length < pageCount; n++) pages.push({ url: `/page-${n}`, file: `/page-${n}.html`, csp: STRICT });
  return formatHeadersFile(
    siteHeaderRules({
      common: { 'X-Content-Type-Options': 'nosniff', 'Strict-Transport-Security': 'max-age=63072000' },
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
  it('passes the site as it is built, and with far more pages than it has', () => {
    expect(headersFileProblems(site(14))).toEqual([]);
    // Two rules a page plus five: 47 pages fit in Cloudflare's 100 rules.
    expect(parseHeadersFile(site(47))).toHaveLength(99);
    expect(headersFileProblems(site(47))).toEqual([]);
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
    expect(headersFileProblems(site(48))).toEqual(['101 rules; Cloudflare Pages reads at most 100']);
  });

  it('fails on a line over 2,000 characters', () => {
    const text = `/a\n  Content-Security-Policy: default-src 'self' ${'x'.repeat(2000)}\n`;
    expect(headersFileProblems(text)).toEqual([expect.stringMatching(/^line 2 is 2\d{3} characters; Cloudflare Pages allows 2000$/)]);
  });

  it('fails on two splats in one pattern', () => {
    expect(headersFileProblems('/*/x/*\n  X-Robots-Tag: noindex\n')).toEqual([expect.stringContaining('more than one splat')]);
  });

  it('does not count a detached header as set', () => {
    expect(headersFileProblems('/*\n  X-Robots-Tag: noindex\n/a\n  ! X-Robots-Tag\n')).toEqual([]);
  });
});
