// @vitest-environment node
// The build-output checks against tiny fixture sites: each broken thing must be found.
import { describe, expect, it } from 'vitest';
import { checkSite, pagePathForFile } from './site-audit.mjs';

const ORIGIN = 'https://ports.example.org';

function page({ title, description = `About ${title}, in enough words.`, body = '', canonical }) {
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta name="description" content="${description}">
<link rel="canonical" href="${canonical}"></head><body>${body}</body></html>`;
}

function sitemapFor(paths) {
  return `<?xml version="1.0"?><urlset>${paths.map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join('')}</urlset>`;
}

/** A small valid site; `change` edits it into a broken one. */
function site(change = (s) => s) {
  const base = {
    pages: new Map([
      ['/', page({ title: 'Home', canonical: ORIGIN, body: '<a href="/aftercare#when-to-call">When to call</a> <a href="tel:+15550100">call</a> <a href="https://other.example/x">elsewhere</a>' })],
      [
        '/aftercare',
        page({
          title: 'Aftercare',
          canonical: `${ORIGIN}/aftercare`,
          body: '<h2 id="when-to-call">When to call</h2><a href="#when-to-call">#</a><a href="/">Home</a><img src="/a.png" alt="">' +
            '<svg><title>Port</title></svg><svg aria-hidden="true"></svg><a href="/icon.svg">icon</a>',
        }),
      ],
      ['/404', page({ title: 'Not found', canonical: '' })],
    ]),
    files: new Set(['/icon.svg', '/a.png']),
    sitemap: sitemapFor(['/', '/aftercare']),
    unlisted: ['/404'],
  };
  return change(base);
}

const replacePage = (s, pagePath, from, to) => ({ ...s, pages: new Map([...s.pages].map(([p, html]) => [p, p === pagePath ? html.replace(from, to) : html])) });

describe('checkSite', () => {
  it('passes a site with working links, anchors, unique titles and text alternatives', () => {
    const { problems, summary } = checkSite(site());
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ crawled: 2, anchors: 2 });
  });

  it('finds a link to a page that does not exist', () => {
    const { problems } = checkSite(site((s) => replacePage(s, '/', '/aftercare#when-to-call', '/after-care')));
    expect(problems).toContain('/: broken link to "/after-care"');
  });

  it('finds a link to an anchor that does not exist', () => {
    const { problems } = checkSite(site((s) => replacePage(s, '/', '#when-to-call', '#when-to-phone')));
    expect(problems).toContain('/: link "/aftercare#when-to-phone" points to a missing anchor #when-to-phone');
  });

  it('finds a page the sitemap misses and that no link reaches', () => {
    const { problems } = checkSite(
      site((s) => ({ ...s, pages: new Map([...s.pages, ['/orphan', page({ title: 'Orphan', canonical: `${ORIGIN}/orphan` })]]) })),
    );
    expect(problems).toContain('/orphan is missing from sitemap.xml');
    expect(problems).toContain('/orphan cannot be reached by following links from the sitemap');
  });

  const staffPage = `<!doctype html><html lang="en"><head><title>Staff</title><meta name="description" content="For staff, in enough words.">
<meta name="robots" content="noindex, nofollow"></head><body><a href="/preparation">Preparation</a></body></html>`;
  const withStaff = (s, sitemap = ['/', '/aftercare']) => ({ ...s, pages: new Map([...s.pages, ['/staff', staffPage]]), sitemap: sitemapFor(sitemap) });

  it('keeps a noindex page out of the sitemap and still checks its links', () => {
    const { problems } = checkSite(site((s) => withStaff(s)));
    expect(problems).toEqual(['/staff: broken link to "/preparation"']);
  });

  it('finds a noindex page listed in the sitemap', () => {
    const { problems } = checkSite(site((s) => withStaff(s, ['/', '/aftercare', '/staff'])));
    expect(problems).toContain('sitemap.xml lists /staff, which asks search engines not to index it');
  });

  it('finds a sitemap entry without a page', () => {
    const { problems } = checkSite(site((s) => ({ ...s, sitemap: sitemapFor(['/', '/aftercare', '/gone']) })));
    expect(problems).toContain(`sitemap.xml lists ${ORIGIN}/gone, but there is no such page`);
  });

  it('finds duplicate titles and descriptions', () => {
    const { problems } = checkSite(site((s) => replacePage(s, '/aftercare', /<title>Aftercare<\/title><meta name="description" content="[^"]*"/, '<title>Home</title><meta name="description" content="About Home, in enough words."')));
    expect(problems).toContain('title "Home" is used by /, /aftercare');
    expect(problems.some((problem) => problem.startsWith('description "About Home'))).toBe(true);
  });

  it('finds a canonical URL on the wrong site', () => {
    const { problems } = checkSite(site((s) => replacePage(s, '/aftercare', `${ORIGIN}/aftercare`, 'https://default.example/aftercare')));
    expect(problems).toContain(`/aftercare: canonical URL is https://default.example/aftercare, expected ${ORIGIN}/aftercare`);
  });

  it('finds images and drawings without a text alternative', () => {
    const { problems } = checkSite(site((s) => replacePage(replacePage(s, '/aftercare', ' alt=""', ''), '/aftercare', '<title>Port</title>', '')));
    expect(problems).toContain('/aftercare: <img src="/a.png"> has no alt text');
    expect(problems.filter((problem) => problem.includes('<svg> has no text alternative'))).toHaveLength(1);
  });
});

describe('pagePathForFile', () => {
  it('maps exported files to the clean URLs they are served at', () => {
    expect(pagePathForFile('index.html')).toBe('/');
    expect(pagePathForFile('aftercare.html')).toBe('/aftercare');
    expect(pagePathForFile('guide/index.html')).toBe('/guide/');
  });
});
