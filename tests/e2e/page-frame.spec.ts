import { getPages } from '../../lib/content/pages';
import { localePath } from '../../lib/i18n';
import { DEFAULT_CLINIC } from '../support/clinics';
import { expect, languageOf, missingPaths, test, wordsOf } from './fixtures';
import { allPaths, expectBrand, expectFrame, expectNoAxeViolations, expectNoOtherClinic, topicPaths } from './suites/pages';

// One visit per page, each check a step: a browser context per check cost more than the checks.
// The steps are the suite's (tests/e2e/suites/pages.ts); second-clinic.spec.ts runs them for the second clinic.
const topics = new Set(topicPaths(DEFAULT_CLINIC));
for (const path of allPaths(DEFAULT_CLINIC)) {
  test(`frame of ${path}: skip link, help link, landmarks${topics.has(path) ? ', the clinic\'s own look' : ''} and zero axe violations`, async ({ page, request, makeAxeBuilder }) => {
    await page.goto(path);
    await expectFrame(page, DEFAULT_CLINIC, path);
    if (topics.has(path)) {
      await expectBrand(page, request, DEFAULT_CLINIC);
      await expectNoOtherClinic(page, DEFAULT_CLINIC);
    }
    await expectNoAxeViolations(makeAxeBuilder);
  });
}

for (const missing of missingPaths()) {
  test(`${missing} answers 404 in its language with links to every topic`, async ({ page }) => {
    const lang = languageOf(missing);
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wordsOf(missing).notFound.heading);
    for (const { slug } of getPages(lang)) {
      await expect(page.getByRole('main').locator(`a[href="${localePath(lang, `/${slug}`)}"]`)).toHaveCount(1);
    }
  });
}
