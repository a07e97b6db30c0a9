// Runs against the site built with tests/fixtures/second-clinic.json: every
// page must show that clinic and nothing of the built-in default. Its config
// has no "languages" key, so the site is English only: no trace of Spanish.
import fs from 'node:fs';
import path from 'node:path';
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { jsonLdNodes, nodeOfType, shareTags } from '../support/structured-data';
import { languagesOfRawConfig } from '../../lib/i18n/languages.mjs';
import { en } from '../../lib/i18n/en';
import { es } from '../../lib/i18n/es';
import { expect, sitePaths as sitePathsIn, test } from './fixtures';

// The second clinic's site is English only (its config lists no translation).
const sitePaths = () => sitePathsIn(['en']);

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

// The values patients act on. Written out from the two config files
// (lib/clinic/default-clinic.json: food 6 hours, clear liquids 4 hours, arrive
// 60 minutes early; tests/fixtures/second-clinic.json: 8 hours, 2 hours, 45
// minutes), not read from the code that renders them. "four hours" in words
// is allowed only in the fever rule ("two readings taken four hours apart"),
// which is the same for every clinic.
const DEFAULT_RULES = [
  /\b6[ -]hours?\b/i,
  /\bsix[ -]hours?\b/i,
  /\b4[ -]hours?\b/i,
  /\bfour[ -]hours?\b(?! apart)/i,
  /\b60[ -]minutes?\b/i,
  /\bsixty[ -]minutes?\b/i,
];

for (const path of sitePaths()) {
  test(`${path} shows none of the default clinic's fasting and arrival times`, async ({ page }) => {
    await page.goto(path);
    // The served HTML (JSON-LD and the planner's templates included) and the text on screen.
    const html = await page.content();
    const text = await page.locator('body').innerText();
    for (const rule of DEFAULT_RULES) {
      expect(html, `${path} HTML has the default's "${rule.source}"`).not.toMatch(rule);
      expect(text, `${path} text has the default's "${rule.source}"`).not.toMatch(rule);
    }
  });
}

test('/preparation gives the second clinic\'s own fasting and arrival times, in the rules and in the planner', async ({ page }) => {
  await page.goto('/preparation');
  const main = page.getByRole('main');
  await expect(main).toContainText('do not eat anything for 8 hours before your procedure');
  await expect(main).toContainText('until 2 hours before your procedure');
  await expect(main).toContainText('come 45 minutes before your appointment time');
  // A link that cannot be read shows the general rules: the same values.
  await page.goto('/preparation?appointment=garbage');
  await expect(page.getByText('follow the general rules: no food for 8 hours before your procedure, clear liquids until 2 hours before, and arrive 45')).toBeVisible();
});

test('/insertion tells search engines the second clinic\'s fasting times', async ({ page }) => {
  await page.goto('/insertion');
  const procedure = (await jsonLdNodes(page)).find((node) => node['@type'] === 'MedicalProcedure' && String(node['@id']).endsWith('/insertion#procedure'));
  expect(procedure).toBeDefined();
  expect(String(procedure?.preparation)).toMatch(/\b8 hours\b/);
  expect(String(procedure?.preparation)).toMatch(/\b2 hours\b/);
});

test.describe('an English-only config builds a site with no trace of Spanish', () => {
  const outDir = path.resolve('out-second-clinic');
  const files = (fs.readdirSync(outDir, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/'));
  const html = files.filter((file) => file.endsWith('.html')).map((file) => [file, fs.readFileSync(path.join(outDir, file), 'utf8')] as const);

  test('the config builds English only (it has no languages key)', () => {
    expect('languages' in secondClinic).toBe(false);
    expect(languagesOfRawConfig(secondClinic)).toEqual(['en']);
  });

  test('no /es page, share image or 404 page, and /es is a 404', async ({ request }) => {
    expect(files.filter((file) => /^es(\.|\/)/.test(file))).toEqual([]);
    expect((await request.get('/es')).status()).toBe(404);
    expect((await request.get('/es/aftercare')).status()).toBe(404);
  });

  test('no hreflang, no language link, no Spanish locale anywhere', async ({ request }) => {
    for (const [file, text] of html) {
      expect(text, file).not.toMatch(/hreflang/i);
      expect(text, file).not.toContain('data-language-link');
      expect(text, file).not.toContain('es_US');
      expect(text, file).toMatch(/^<!DOCTYPE html><html lang="en">/);
    }
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).not.toContain('hreflang');
    expect(sitemap).not.toContain('/es');
  });

  test('no Spanish words in any page', () => {
    // Every dictionary sentence that Spanish words differently, cut at its first placeholder.
    const spanish = Object.entries(es).flatMap(([section, words]) =>
      Object.entries(words)
        .filter(([key, value]) => value !== en[section as keyof typeof en][key as never])
        .map(([, value]) => value.split('{')[0]!.split('|')[0]!.trim())
        .filter((value) => value.length >= 8),
    );
    expect(spanish.length).toBeGreaterThan(100);
    for (const [file, text] of html) {
      const found = spanish.filter((words) => text.includes(words) || text.includes(words.replace(/&/g, '&amp;')));
      expect(found, file).toEqual([]);
      expect(text, file).not.toMatch(/Español|¿|¡|ñ/);
    }
  });
});

// The fixture has clinicalSignOff; the default clinic has not signed (components/reviewed-note/ReviewedNote.test.tsx).
// Every topic page renders the same note (app/_site/guide-page.tsx): the first and the last topic stand for all.
test('a topic page says who checked it for this clinic, under Last reviewed', async ({ page }) => {
  const topics = sitePaths().filter((p) => p !== '/');
  for (const path of [topics[0]!, topics.at(-1)!]) {
    await page.goto(path);
    await expect(page.getByRole('complementary', { name: 'About this page' }), path).toContainText(
      'Checked for Harbour Point Imaging by Dr. Ana Reyes, Nurse educator, oncology, on November 30, 2026.',
    );
  }
});
