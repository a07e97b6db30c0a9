// Contracts the guide's MDX keeps with the rest of the site.
import fs from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import { CONTENT_DIR, getPage, getPages } from '@/lib/content/pages';
import { pageHeadings } from '@/lib/content/headings';

const source = (pageSlug: string) => fs.readFileSync(path.join(CONTENT_DIR, `${pageSlug}.mdx`), 'utf8');

it('has every page of the guide at its stable URL, in the navigation order clinics link to', () => {
  const guide = getPages('en').filter((page) => page.slug !== 'privacy');
  expect(guide.map((page) => [page.order, page.slug])).toEqual([
    [1, 'what-is-a-port'],
    [2, 'benefits'],
    [3, 'preparation'],
    [4, 'insertion'],
    [5, 'aftercare'],
    [6, 'using-your-port'],
    [7, 'risks'],
    [8, 'removal'],
    [9, 'faq'],
    [10, 'glossary'],
    [11, 'contact'],
    [12, 'when-to-get-help'],
  ]);
});

it('no two pages share a navigation position', () => {
  const orders = getPages('en').map((page) => page.order);
  expect(new Set(orders).size).toBe(orders.length);
});

it('FAQ: every h2 is a question ending in "?" (the FAQ structured data is built from them)', () => {
  const h2s = pageHeadings(source('faq')).filter((h) => h.depth === 2);
  expect(h2s.length).toBeGreaterThanOrEqual(7);
  expect(h2s.filter((h) => !h.text.endsWith('?')).map((h) => h.text)).toEqual([]);
  // Each question has an answer before the next one.
  const body = source('faq').split(/^## .*$/m).slice(1);
  expect(body.filter((answer) => answer.trim() === '')).toEqual([]);
});

it('aftercare opens with the "Call now if you have:" card, which carries the #when-to-call anchor staff links use', () => {
  expect(getPage('aftercare', 'en')?.callNow).toBe(true);
  expect(pageHeadings(source('aftercare')).map((h) => h.id)).not.toContain('when-to-call');
});

it('every glossary link names a term the glossary defines', () => {
  const entries = new Set(pageHeadings(source('glossary')).map((h) => h.id));
  const linked = getPages('en').flatMap((page) =>
    [...source(page.slug).matchAll(/<GlossaryTerm term="([^"]+)"/g)].map((m) => ({ page: page.slug, term: m[1]! })),
  );
  expect(linked.length).toBeGreaterThan(10);
  expect(linked.filter(({ term }) => !entries.has(slug(term)))).toEqual([]);
});
