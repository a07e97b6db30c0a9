// Each translated MDX page (content/<lang>/<slug>.mdx) uses the same
// components, with the same props that are not words, the same section ids,
// glossary terms and links as its English page, so no fact, clinic value or
// picture is lost. (tests/e2e/translations.spec.ts compares the built pages.)
import fs from 'node:fs';
import path from 'node:path';
import { pageHeadings } from '@/lib/content/headings';
import { CONTENT_DIR, getPages } from '@/lib/content/pages';
import { translatedLanguages } from '@/lib/clinic/site-languages';
import { contentDirFor } from '@/lib/i18n';

const sourceOf = (dir: string, slug: string) => fs.readFileSync(path.join(dir, `${slug}.mdx`), 'utf8');

/** The component tags in order, each with the props that are not words (level, term). */
export function componentsOf(source: string): string[] {
  return [...source.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)].map(([, name, props]) => {
    const kept = [...props!.matchAll(/\b(level|term)="([^"]*)"/g)].map(([, key, value]) => `${key}=${value}`);
    return [name, ...kept].join(' ');
  });
}

/** Internal link targets written in the MDX ([words](/page#id)). */
const internalLinks = (source: string) => [...source.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]);

const languages = translatedLanguages();

it('the default clinic builds at least one translation, so these checks run', () => {
  expect(languages.length).toBeGreaterThan(0);
});

for (const lang of languages) {
  const dir = contentDirFor(lang, CONTENT_DIR);
  describe(`content/${lang}/`, () => {
    it('has a page for every English page and no other', () => {
      expect(getPages(lang).map((page) => page.slug).sort()).toEqual(getPages('en').map((page) => page.slug).sort());
    });

    for (const { slug } of getPages('en')) {
      it(`${slug}.mdx keeps the English section ids, components, glossary terms and links`, () => {
        const english = sourceOf(CONTENT_DIR, slug);
        const translated = sourceOf(dir, slug);
        const ids = (source: string) => pageHeadings(source).map((heading) => `${heading.depth} ${heading.id}`);
        expect(ids(translated)).toEqual(ids(english));
        // Every heading states its id, so rewording a heading never changes a link staff send.
        expect(translated.match(/^#{2,6} (?!.*\{#[a-z0-9-]+\}\s*$).*$/gm) ?? []).toEqual([]);
        expect(componentsOf(translated)).toEqual(componentsOf(english));
        expect(internalLinks(translated)).toEqual(internalLinks(english));
      });
    }
  });
}
