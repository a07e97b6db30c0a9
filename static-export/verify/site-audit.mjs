// The pure part of the build-output checks (static-export/verify/check-built-site.mjs): given
// the built pages as text, find broken links and anchors, pages the sitemap
// misses, duplicate titles or descriptions, and images or drawings without
// a text alternative. Kept free of file access so unit tests can feed it
// small fixture sites.
import { JSDOM, VirtualConsole } from 'jsdom';

/** "/aftercare.html" → "/aftercare", "/index.html" → "/". */
export function pagePathForFile(file) {
  const withSlash = file.startsWith('/') ? file : `/${file}`;
  if (withSlash === '/index.html') return '/';
  return withSlash.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
}

// The audit reads links, anchors and images, not styles: jsdom's CSS parser cannot read the
// pages' inline CSS (@layer, @property) and would print "Could not parse CSS stylesheet" for each.
const quietAboutCss = new VirtualConsole().forwardTo(console, { jsdomErrors: ['not-implemented', 'resource-loading', 'unhandled-exception'] });

function parse(html) {
  return new JSDOM(html, { virtualConsole: quietAboutCss }).window.document;
}

/** Which page (or other file) a site path is served from, as the server maps clean URLs. */
function resolveTarget(pathname, pages, files) {
  if (pages.has(pathname)) return { page: pathname };
  const trimmed = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (pages.has(trimmed)) return { page: trimmed };
  const asHtml = pathname.endsWith('.html') ? pagePathForFile(pathname) : undefined;
  if (asHtml && pages.has(asHtml)) return { page: asHtml };
  if (files.has(pathname)) return { file: pathname };
  return undefined;
}

function hasAccessibleName(element, document) {
  if (element.getAttribute('aria-label')?.trim()) return true;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy.split(/\s+/).every((id) => document.getElementById(id)?.textContent?.trim());
  }
  const title = [...element.children].find((child) => child.tagName.toLowerCase() === 'title');
  return Boolean(title?.textContent?.trim());
}

/** Hidden from assistive technology: the drawing is decoration, or sits inside something that is. */
function isHidden(element) {
  for (let node = element; node; node = node.parentElement) {
    if (node.getAttribute('aria-hidden') === 'true' || node.getAttribute('role') === 'presentation' || node.getAttribute('role') === 'none') return true;
  }
  return false;
}

/** The page asks search engines not to index it (<meta name="robots" content="noindex, …">). */
function isNoindex(document) {
  return [...document.querySelectorAll('meta[name="robots"]')].some((meta) => /\bnoindex\b/i.test(meta.getAttribute('content') ?? ''));
}

/**
 * @param {object} site
 * @param {Map<string, string>} site.pages   page path ("/", "/aftercare") → HTML
 * @param {Set<string>} site.files           other files by path ("/icon.svg")
 * @param {string} site.sitemap              sitemap.xml text
 * @param {string[]} [site.unlisted]         pages that must not be in the sitemap (404)
 * @returns {{ problems: string[], summary: { pages: number, crawled: number, links: number, anchors: number, images: number } }}
 */
export function checkSite({ pages, files, sitemap, unlisted = [] }) {
  const problems = [];
  const summary = { pages: pages.size, crawled: 0, links: 0, anchors: 0, images: 0 };
  const documents = new Map([...pages].map(([pagePath, html]) => [pagePath, parse(html)]));

  // The sitemap: one origin, every listed page exists.
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].trim());
  if (locs.length === 0) problems.push('sitemap.xml lists no pages');
  const origins = new Set(locs.map((loc) => new URL(loc).origin));
  if (origins.size > 1) problems.push(`sitemap.xml mixes sites: ${[...origins].join(', ')}`);
  const origin = [...origins][0];
  // A page that asks search engines to leave it out (the staff page) must stay out of the sitemap;
  // its links are still checked, from it as a starting point.
  const noindex = new Set([...documents].filter(([, document]) => isNoindex(document)).map(([pagePath]) => pagePath));
  const start = [...noindex];
  for (const loc of locs) {
    const pagePath = new URL(loc).pathname;
    if (!pages.has(pagePath)) problems.push(`sitemap.xml lists ${loc}, but there is no such page`);
    else start.push(pagePath);
  }

  // Crawl from the sitemap, checking every link on the way.
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    const pagePath = queue.shift();
    const document = documents.get(pagePath);
    summary.crawled += 1;
    for (const link of document.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href');
      if (/^(tel|mailto):/.test(href)) continue;
      const url = new URL(href, `${origin ?? 'https://site.invalid'}${pagePath}`);
      if (!/^https?:$/.test(url.protocol)) {
        problems.push(`${pagePath}: link to "${href}" uses an unexpected scheme`);
        continue;
      }
      if (origin && url.origin !== origin) continue; // another site: not ours to check
      summary.links += 1;
      const target = resolveTarget(url.pathname, pages, files);
      if (!target) {
        problems.push(`${pagePath}: broken link to "${href}"`);
        continue;
      }
      if (url.hash && url.hash !== '#') {
        summary.anchors += 1;
        const id = decodeURIComponent(url.hash.slice(1));
        const targetDocument = target.page ? documents.get(target.page) : undefined;
        if (!targetDocument?.getElementById(id)) problems.push(`${pagePath}: link "${href}" points to a missing anchor #${id}`);
      }
      if (target.page && !seen.has(target.page)) {
        seen.add(target.page);
        queue.push(target.page);
      }
    }
  }
  for (const pagePath of pages.keys()) {
    if (unlisted.includes(pagePath)) {
      if (locs.some((loc) => new URL(loc).pathname === pagePath)) problems.push(`sitemap.xml lists ${pagePath}, which is not a real page`);
      continue;
    }
    if (noindex.has(pagePath)) {
      if (locs.some((loc) => new URL(loc).pathname === pagePath)) problems.push(`sitemap.xml lists ${pagePath}, which asks search engines not to index it`);
      continue;
    }
    if (!locs.some((loc) => new URL(loc).pathname === pagePath)) problems.push(`${pagePath} is missing from sitemap.xml`);
    if (!seen.has(pagePath)) problems.push(`${pagePath} cannot be reached by following links from the sitemap`);
  }

  // Titles and descriptions: present and unique; the canonical URL matches the sitemap.
  const byTitle = new Map();
  const byDescription = new Map();
  for (const [pagePath, document] of documents) {
    if (unlisted.includes(pagePath)) continue;
    const title = document.title.trim();
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
    if (!title) problems.push(`${pagePath}: has no <title>`);
    if (!description) problems.push(`${pagePath}: has no meta description`);
    if (title) byTitle.set(title, [...(byTitle.get(title) ?? []), pagePath]);
    if (description) byDescription.set(description, [...(byDescription.get(description) ?? []), pagePath]);
    if (noindex.has(pagePath)) continue; // a page kept out of search results names no canonical address
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // URL() reads "https://x.org" and "https://x.org/" as the same address.
    const canonicalUrl = canonical && URL.canParse(canonical) ? new URL(canonical).href : undefined;
    if (origin && canonicalUrl !== new URL(pagePath, origin).href) problems.push(`${pagePath}: canonical URL is ${canonical ?? 'missing'}, expected ${origin}${pagePath}`);
  }
  for (const [title, where] of byTitle) if (where.length > 1) problems.push(`title "${title}" is used by ${where.join(', ')}`);
  for (const [description, where] of byDescription) if (where.length > 1) problems.push(`description "${description.slice(0, 50)}…" is used by ${where.join(', ')}`);

  // Text alternatives: every <img> has alt, every drawing screen readers meet has a name.
  for (const [pagePath, document] of documents) {
    for (const image of document.querySelectorAll('img')) {
      summary.images += 1;
      if (!image.hasAttribute('alt')) problems.push(`${pagePath}: <img src="${image.getAttribute('src')}"> has no alt text`);
    }
    for (const svg of document.querySelectorAll('svg')) {
      if (svg.parentElement?.closest('svg')) continue; // a nested drawing belongs to its outer one
      summary.images += 1;
      if (!isHidden(svg) && !hasAccessibleName(svg, document)) {
        problems.push(`${pagePath}: an <svg> has no text alternative (add <title>, aria-label or aria-hidden="true")`);
      }
    }
  }

  return { problems, summary };
}
