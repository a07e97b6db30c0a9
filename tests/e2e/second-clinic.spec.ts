// Runs against the site built with tests/fixtures/second-clinic.json: every
// page must show that clinic and nothing of the built-in default.
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { jsonLdNodes, nodeOfType, shareTags } from '../support/structured-data';
import { expect, sitePaths, test } from './fixtures';

for (const path of sitePaths()) {
  test(`${path} shows the second clinic and none of the default`, async ({ page }) => {
    await page.goto(path);
    const body = page.locator('body');
    // The clinic's logo stands in for its name in the header, with the name as its alt text.
    await expect(page.getByRole('banner').getByRole('link', { name: secondClinic.name })).toBeVisible();
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

const absolute = (pathname: string) => new URL(pathname, secondClinic.siteUrl).href;

for (const path of sitePaths()) {
  test(`${path} tells search engines and shared links about the second clinic`, async ({ page }) => {
    await page.goto(path);
    const tags = await shareTags(page);
    for (const url of [tags.canonical, tags.ogUrl]) expect(new URL(url!).href).toBe(absolute(path));
    expect(tags.ogImage!.startsWith(`${secondClinic.siteUrl}/`)).toBe(true);
    expect(tags.ogSiteName).toBe(secondClinic.name);
    await expect(page).toHaveTitle(new RegExp(`\\| ${secondClinic.name}$`));

    const nodes = await jsonLdNodes(page);
    expect(nodeOfType(nodes, 'MedicalWebPage')!.url).toBe(absolute(path));
    const medicalClinic = nodeOfType(nodes, 'MedicalClinic');
    expect(medicalClinic).toMatchObject({
      name: secondClinic.name,
      telephone: secondClinic.phone,
      url: absolute('/'),
      address: { streetAddress: secondClinic.address.street, addressLocality: secondClinic.address.city, postalCode: secondClinic.address.postalCode },
    });
    // This clinic gives no email or opening hours, so none may be made up.
    expect(medicalClinic).not.toHaveProperty('email');
    expect(medicalClinic).not.toHaveProperty('openingHoursSpecification');
    expect(JSON.stringify(nodes)).not.toContain(defaultClinic.siteUrl);
  });
}

test('the second clinic sitemap and robots.txt are on its own site', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.sort()).toEqual(sitePaths().map(absolute).sort());
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${secondClinic.siteUrl}/sitemap.xml`);
});
