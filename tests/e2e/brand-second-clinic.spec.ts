// The second clinic's own look (tests/fixtures/second-clinic.json, "brand"):
// its colour replaces the default blue, and its logo, served as an image file,
// stands in the header with the clinic name as its text alternative.
import fs from 'node:fs';
import path from 'node:path';
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { expect, sitePaths, test } from './fixtures';
import { languagesOfRawConfig, type LanguageCode } from '../../lib/i18n/languages.mjs';

// #7a1f5c written as the browser reports computed colours.
const BRAND_RGB = 'rgb(122, 31, 92)';
const logoBytes = fs.readFileSync(path.resolve('tests/fixtures', secondClinic.brand.logo));

// The second clinic builds only the languages its config names (English).
for (const pagePath of sitePaths(languagesOfRawConfig(secondClinic) as LanguageCode[])) {
  test(`${pagePath} shows the second clinic's colour and logo`, async ({ page, request }) => {
    await page.goto(pagePath);
    const banner = page.getByRole('banner');
    // The header rule and a content link are in the brand colour.
    await expect(banner).toHaveCSS('border-bottom-color', BRAND_RGB);
    await expect(page.getByRole('contentinfo')).toHaveCSS('border-top-color', BRAND_RGB);
    await expect(page.locator('footer a[href="/privacy"]')).toHaveCSS('color', BRAND_RGB);

    const logo = banner.getByRole('img', { name: secondClinic.name });
    await expect(logo).toBeVisible();
    await expect(logo).toHaveAttribute('alt', secondClinic.name);
    const src = await logo.getAttribute('src');
    expect(src).toMatch(/^\/brand\/logo\.[0-9a-f]{16}\.svg$/);
    // It really loaded: a broken image has no natural width.
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const response = await request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.body()).equals(logoBytes)).toBe(true);
    // Never inlined into the page.
    expect(await page.locator('header a[href="/"] svg').count()).toBe(0);
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', secondClinic.brand.color);
  });
}

test('buttons, the site icon and the manifest use the second clinic colour', async ({ page, request }) => {
  await page.goto('/preparation');
  await expect(page.getByRole('button', { name: 'Show my times' })).toHaveCSS('background-color', BRAND_RGB);
  expect(await (await request.get('/icon.svg')).text()).toContain(`fill="${secondClinic.brand.color}"`);
  expect((await (await request.get('/manifest.webmanifest')).json()).theme_color).toBe(secondClinic.brand.color);
});
