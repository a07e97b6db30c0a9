// Nothing lost in translation: each translated page, as built, has every
// section id, clinic component and picture its English page has. Compared on
// the built pages in the browser, so a component that renders nothing or an
// id the heading plugin dropped fails too (tests/content/translations.test.ts
// compares the MDX sources).
import type { Page } from '@playwright/test';
import { getPages } from '../../lib/content/pages';
import { localePath } from '../../lib/i18n';
import { expect, test, translatedLanguages } from './fixtures';

/** What a page's main content is made of, apart from its words. */
async function skeletonOf(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // A page with a script is compared once it has woken up (it marks itself then), so both pages are read in the same state.
  if (await page.locator('[data-planner]').count()) await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
  if (await page.locator('[data-flush-reminder]').count()) await expect(page.locator('[data-flush-reminder-awake]')).toHaveCount(1);
  return page.locator('main').evaluate((main) => {
    // A page script's settings carry the page's words: only their presence counts.
    const settings = ['data-planner', 'data-flush-reminder'];
    const markers: string[] = [];
    for (const element of main.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        // data-* markers of clinic components (data-callout="urgent", data-warning-signs, data-planner…);
        if (attribute.name.startsWith('data-')) markers.push(settings.includes(attribute.name) ? attribute.name : `${attribute.name}=${attribute.value}`);
      }
    }
    const hrefs = (selector: string) =>
      [...main.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href')!.replace(/^\/[a-z]{2}(?=\/|$)/, '') || '/');
    return {
      sectionIds: [...main.querySelectorAll('article :is(h2, h3)[id]')].map((heading) => heading.id),
      markers: markers.sort(),
      diagrams: main.querySelectorAll('svg[role="img"]').length,
      figures: main.querySelectorAll('figure').length,
      phoneLinks: hrefs('a[href^="tel:"]').sort(),
      glossaryLinks: hrefs('article a[href*="/glossary#"]').sort(),
      lists: main.querySelectorAll('article ol, article ul').length,
    };
  });
}

for (const lang of translatedLanguages()) {
  for (const { slug } of getPages('en')) {
    const translated = localePath(lang, `/${slug}`);
    test(`${translated} has every section id, clinic component and diagram of /${slug}`, async ({ page }) => {
      const english = await skeletonOf(page, `/${slug}`);
      const other = await skeletonOf(page, translated);
      expect(other.sectionIds, 'section ids (## Words {#english-id})').toEqual(english.sectionIds);
      expect(other.markers, 'clinic components (their data-* markers)').toEqual(english.markers);
      expect(other.diagrams, 'diagrams').toBe(english.diagrams);
      expect(other.figures, 'figures').toBe(english.figures);
      expect(other.phoneLinks, 'tap-to-call links').toEqual(english.phoneLinks);
      expect(other.glossaryLinks, 'glossary links').toEqual(english.glossaryLinks);
    });
  }
}
