import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { getPages } from '../../lib/content/pages';
import { localePath } from '../../lib/i18n';
import { expect, languageOf, missingPaths, sitePaths, STAFF_PATHS, telHref, test, wordsOf } from './fixtures';

// One visit per page, each check a step: a browser context per check cost more than the checks.
for (const path of [...sitePaths(), ...STAFF_PATHS, ...missingPaths()]) {
  test(`frame of ${path}: skip link, help link, landmarks and zero axe violations`, async ({ page, makeAxeBuilder }) => {
    await page.goto(path);

    await test.step('the skip link is the first thing a keyboard reaches and moves focus to the main content', async () => {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: wordsOf(path).frame.skipLink });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main-content$/);
      await expect(page.locator('main')).toBeFocused();
    });

    await test.step('the link to when to get help is in the header, outside the menu, on the first screen', async () => {
      const lang = languageOf(path);
      const help = page.getByRole('banner').locator('[data-help-link]');
      await expect(help).toHaveText(lang === 'en' ? 'When to get help' : 'Cuándo pedir ayuda');
      await expect(help).toHaveAttribute('href', lang === 'en' ? '/when-to-get-help' : '/es/when-to-get-help');
      await expect(help).toBeVisible();
      const box = (await help.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    });

    await test.step('has the landmarks, one h1 and the clinic contact', async () => {
      await expect(page.getByRole('banner')).toContainText(defaultClinic.name);
      await expect(page.getByRole('navigation', { name: wordsOf(path).frame.mainNav })).toBeAttached();
      await expect(page.locator('html')).toHaveAttribute('lang', languageOf(path));
      await expect(page.locator('main#main-content')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toContainText(defaultClinic.address.street);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('link', { name: defaultClinic.phone })).toHaveAttribute('href', telHref(defaultClinic.phone));
    });

    await test.step('has zero axe violations (WCAG 2.2 A/AA)', async () => {
      const results = await makeAxeBuilder().analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
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
