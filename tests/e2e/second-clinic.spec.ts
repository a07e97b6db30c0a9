// Runs against the site built with tests/fixtures/second-clinic.json: every
// page must show that clinic and nothing of the built-in default.
import defaultClinic from '../../lib/default-clinic.json' with { type: 'json' };
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { expect, sitePaths, test } from './fixtures';

for (const path of sitePaths()) {
  test(`${path} shows the second clinic and none of the default`, async ({ page }) => {
    await page.goto(path);
    const body = page.locator('body');
    await expect(page.getByRole('banner')).toContainText(secondClinic.name);
    await expect(page.getByRole('banner').getByRole('link', { name: secondClinic.phone })).toHaveAttribute(
      'href',
      `tel:${secondClinic.phone.replace(/[^0-9+]/g, '')}`,
    );
    await expect(page.getByRole('contentinfo')).toContainText(secondClinic.address.street);
    await expect(page.getByRole('contentinfo')).toContainText(`${secondClinic.address.city}, ${secondClinic.address.region}`);
    const html = await page.content();
    for (const value of [defaultClinic.name, defaultClinic.phone, defaultClinic.address.street, defaultClinic.siteUrl]) {
      expect(html).not.toContain(value.replace(/&/g, '&amp;'));
      await expect(body).not.toContainText(value);
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${secondClinic.siteUrl}`));
  });
}
