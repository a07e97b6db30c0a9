// The search index of each language, /_search/<lang>.json, made from the pages
// as built, so it holds what a patient reads there: the clinic's own name,
// phone and values, and never a page that is gone. One entry per section (a
// heading with an id, as "On this page" lists them), read from the page's
// <article> through parse5. Left out: the staff page, the 404 pages and the
// home page (a list of the topics), and inside an article the "On this page"
// list, section links, templates, and anything not shown on screen (the
// `hidden` class, which is how print-only parts are written, aria-hidden and
// `hidden` elements). The browser indexes the file with MiniSearch
// (lib/search/engine.ts) when the search page asks for it.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { attribute } from './static-html.mjs';

export const SEARCH_PREFIX = '/_search/';

const SKIPPED_TAGS = new Set(['nav', 'template', 'script', 'style', 'svg', 'noscript', 'button', 'input', 'select', 'textarea']);
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'mark', 'small', 'span', 'strong', 'sub', 'sup', 'time']);


function isSkipped(element) {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true') return true;
  const classes = (attribute(element, 'class') ?? '').split(/\s+/);
  // `hidden` hides it on screen (print-only parts add print:block); section-link is the "#" beside a heading.
  return classes.includes('hidden') || classes.includes('section-link');
}

/** The sections of one built page: the text before its first heading, then one per heading with an id. */
export function sectionsOfPage(html, { url, fallbackTitle = '' }) {
  const document = parse(html);
  const elements = (node) => (node.childNodes ?? []).filter((child) => child.tagName);
  const find = (node, test) => {
    for (const child of elements(node)) {
      if (test(child)) return child;
      const found = find(child, test);
      if (found) return found;
    }
    return undefined;
  };
  const article = find(document, (element) => element.tagName === 'article');
  if (!article) throw new Error(`${url}: no <article> to index for search`);
  const h1 = find(article, (element) => element.tagName === 'h1');
  const page = h1 ? textOf(h1) : fallbackTitle;
  const sections = [{ page, section: '', url, text: '' }];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') {
        sections.at(-1).text += child.value;
        continue;
      }
      if (!child.tagName || child === h1 || isSkipped(child)) continue;
      const id = attribute(child, 'id');
      if (/^h[2-6]$/.test(child.tagName) && id) {
        sections.push({ page, section: textOf(child), url: `${url}#${id}`, text: '' });
        continue;
      }
      walk(child);
      if (!INLINE_TAGS.has(child.tagName)) sections.at(-1).text += ' ';
    }
  };
  walk(article);
  return sections
    .map((section) => ({ ...section, text: section.text.replace(/\s+/g, ' ').trim() }))
    .filter((section) => section.text || section.section);
}

/** An element's visible text, as a heading reads. */
function textOf(node) {
  if (node.nodeName === '#text') return node.value;
  if (node.tagName && isSkipped(node)) return '';
  return (node.childNodes ?? []).map(textOf).join('').replace(/\s+/g, ' ').trim();
}

/**
 * Writes outDir/_search/<lang>.json for each language from its pages
 * ({ lang, pages: [{ slug, title }], localePath }). Returns each file's path and size.
 */
export function writeSearchIndexes(outDir, languages, localePath) {
  const dir = path.join(outDir, SEARCH_PREFIX);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const written = [];
  for (const { lang, pages } of languages) {
    const sections = pages.flatMap(({ slug, title }) => {
      const url = localePath(lang, `/${slug}`);
      return sectionsOfPage(fs.readFileSync(path.join(outDir, `${url.slice(1)}.html`), 'utf8'), { url, fallbackTitle: title });
    });
    const file = path.join(dir, `${lang}.json`);
    fs.writeFileSync(file, JSON.stringify({ lang, sections }));
    written.push({ lang, file, sections: sections.length, bytes: fs.statSync(file).size });
  }
  return written;
}
