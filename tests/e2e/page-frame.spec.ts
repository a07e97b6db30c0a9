import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { expect, sitePaths, telHref, test } from './fixtures';

for (const path of [...sitePaths(), '/no-such-page']) {
  test.describe(`frame of ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(path);
    });

    test('has zero axe violations (WCAG 2.2 A/AA)', async ({ makeAxeBuilder }) => {
      const results = await makeAxeBuilder().analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });

    test('has the landmarks, one h1 and the clinic contact', async ({ page }) => {
      await expect(page.getByRole('banner')).toContainText(defaultClinic.name);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeAttached();
      await expect(page.locator('main#main-content')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toContainText(defaultClinic.address.street);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('link', { name: defaultClinic.phone })).toHaveAttribute('href', telHref(defaultClinic.phone));
    });

    test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async ({ page }) => {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main-content$/);
      await expect(page.locator('main')).toBeFocused();
    });
  });
}

test('a page that does not exist answers 404 with links to every topic', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot find that page');
  for (const path of sitePaths().filter((p) => p !== '/')) {
    await expect(page.getByRole('main').locator(`a[href="${path}"]`)).toHaveCount(1);
  }
});
