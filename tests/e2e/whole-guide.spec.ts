// The whole guide (/whole-guide, /es/whole-guide) in Chromium: every topic page in
// reading order on one page, printed to PDF as a patient would print it. The PDF's
// text (read back by unpdf, Mozilla's PDF.js) must start with how to reach the clinic,
// hold every topic's title at the top of a page of its own, in order, and print link
// addresses. On screen: the page frame, a contents list that reaches each topic, no id
// used twice, no script, zero axe violations (here, at phone width only: its sections are
// the topic pages, which page-frame.spec.ts scans at both widths). The reading-level
// specs measure it with the other pages.
import { extractText, getDocumentProxy } from 'unpdf';
import { getPages } from '../../lib/content/pages';
import { DEFAULT_CLINIC } from '../support/clinics';
import { expect, test } from './fixtures';
import { expectFrame, expectNoAxeViolations } from './suites/pages';

// Written out by hand from the default clinic's config.
const CLINIC = { phone: '(303) 555-0142', street: '1200 Example Avenue, Suite 300' };
const WORDS = {
  en: { path: '/whole-guide', title: 'The whole guide', contact: 'How to reach us', contents: 'Contents', planner: '(/preparation)' },
  es: { path: '/es/whole-guide', title: 'Toda la guía', contact: 'Cómo llamarnos', contents: 'Contenido', planner: '(/es/preparation)' },
} as const;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const lang of ['en', 'es'] as const) {
  const words = WORDS[lang];
  const titles = getPages(lang).map((page) => page.title);

  test(`${words.path}: the frame, every topic in order, contents first, no script, zero axe violations, and a PDF that starts with how to reach us`, async ({ page, makeAxeBuilder }) => {
    // One axe scan of about 10,000 words and a PDF of about 50 pages: over a minute when the 2-core machine is busy
    // (57 s measured beside other builds), so more than test.slow()'s 90 s, to never fail for want of time.
    test.setTimeout(240_000);
    await page.goto(words.path);
    await expectFrame(page, DEFAULT_CLINIC, words.path);
    await test.step('on screen: the title, how to reach us, then contents linking to each topic in reading order', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      const contents = page.getByRole('navigation', { name: words.contents });
      await expect(contents.getByRole('link')).toHaveText(titles);
      const sections = page.locator('[data-whole-guide-topic] > h2');
      await expect(sections).toHaveText(titles);
      for (const link of await contents.getByRole('link').all()) {
        const id = (await link.getAttribute('href'))!.slice(1);
        await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      }
      expect(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id).filter((id, i, all) => all.indexOf(id) !== i))).toEqual([]);
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
      await expect(page.locator('[data-needs-js]')).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
    });
    await expectNoAxeViolations(makeAxeBuilder);

    await test.step('printed: contact details first, each topic from the top of its own page, link addresses written out', async () => {
      const pdf = await page.pdf({ format: 'Letter' });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
      const pages = text.map(squash);
      const first = pages[0]!;
      expect(first).toContain(words.contact);
      expect(first).toContain(CLINIC.phone);
      expect(first).toContain(CLINIC.street);
      // The contents list prints too (every other nav is left off paper), right after how to reach us.
      const opening = pages.slice(0, 3).join(' ');
      expect(opening).toContain(words.contents);
      expect(opening.indexOf(titles.at(-1)!, opening.indexOf(words.contents))).toBeGreaterThan(-1);
      expect(first.indexOf(words.contact)).toBeLessThan(first.indexOf(titles[0]!) === -1 ? Infinity : first.indexOf(titles[0]!));
      let last = 0;
      for (const title of titles) {
        const at = pages.findIndex((pageText, index) => index > last && pageText.startsWith(title));
        expect(at, `"${title}" starts a page after page ${last + 1}`).toBeGreaterThan(last);
        last = at;
      }
      expect(pages.join(' ')).toContain(words.planner);
    });
  });
}
