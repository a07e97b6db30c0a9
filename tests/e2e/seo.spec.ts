// Search engines and shared links: metadata, structured data, sitemap,
// robots.txt, share images, deep links to sections, print and the 404 page,
// against the site built with the default clinic.
import fs from 'node:fs';
import path from 'node:path';
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { getPages } from '../../lib/content/pages';
import { contentDirFor, LANGUAGE_INFO, localePath, type LanguageCode } from '../../lib/i18n';
import { EXPECTED_SOURCES_WORDS } from '../support/expected-sources';
import { jsonLdNodes, nodeOfType, shareTags } from '../support/structured-data';
import { expect, missingPaths, siteLanguages, sitePages, sitePaths, test, wordsOf } from './fixtures';

const SITE = defaultClinic.siteUrl;
const absolute = (pathname: string) => (pathname === '/' ? `${SITE}/` : `${SITE}${pathname}`);
const sameUrl = (a: string | null, b: string) => a !== null && new URL(a).href === new URL(b).href;

/** The number of questions the FAQ page's source has, by its format contract ("## …?" headings). */
function faqQuestionCount(lang: LanguageCode): number {
  const source = fs.readFileSync(path.join(contentDirFor(lang), 'faq.mdx'), 'utf8');
  // A translated question keeps its English id: "## ¿Duele? {#does-it-hurt}".
  return (source.match(/^## .*\?(?:\s*\{#[a-z0-9-]+\})?\s*$/gm) ?? []).length;
}

for (const { path: pathname, lang, neutral } of sitePages()) {
  // One visit per page, each check a step: a browser context per check cost more than the checks.
  test(`search data of ${pathname}`, async ({ page, request }) => {
    await page.goto(pathname);

    await test.step('has a title, description, canonical URL and share tags on the clinic site', async () => {
      const guidePage = getPages(lang).find((p) => `/${p.slug}` === neutral);
      await expect(page).toHaveTitle(guidePage ? `${guidePage.title} | ${defaultClinic.name}` : new RegExp(`\\| ${defaultClinic.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length).toBeGreaterThanOrEqual(50);
      if (guidePage) expect(description).toBe(guidePage.description);
      const tags = await shareTags(page);
      expect(sameUrl(tags.canonical, absolute(pathname))).toBe(true);
      expect(sameUrl(tags.ogUrl, absolute(pathname))).toBe(true);
      expect(tags.ogSiteName).toBe(defaultClinic.name);
      expect(tags.ogTitle).toContain(defaultClinic.name);
      expect(tags.twitterCard).toBe('summary_large_image');
      expect(tags.ogImage?.startsWith(`${SITE}/`)).toBe(true);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe({ en: 'en_US', es: 'es_US' }[lang]);
      await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#[0-9a-f]{6}$/i);
      // No page load fetches an icon or a manifest: the icon is a data: address, the manifest is linked from /save-for-offline only.
      await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
      await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,%3Csvg /);
      await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
    });

    await test.step('its share image is a PNG of 1200 by 630 pixels', async () => {
      const { ogImage } = await shareTags(page);
      const url = new URL(ogImage!);
      const response = await request.get(url.pathname + url.search);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      // The IHDR chunk holds the width and height right after the signature.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });

    await test.step('its JSON-LD parses and describes a reviewed medical page from the configured clinic', async () => {
      const nodes = await jsonLdNodes(page);
      const webPage = nodeOfType(nodes, 'MedicalWebPage');
      expect(webPage).toMatchObject({ url: absolute(pathname), inLanguage: lang });
      expect(webPage!.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((webPage!.reviewedBy as { name: string }[]).length).toBeGreaterThan(0);
      const about = nodes.find((node) => node['@id'] === (webPage!.about as { '@id': string })['@id']);
      expect(about?.['@type']).toBe('MedicalProcedure');
      const guidePage = getPages(lang).find((p) => `/${p.slug}` === neutral);
      if (guidePage) {
        expect(webPage).toMatchObject({ name: guidePage.title, description: guidePage.description, lastReviewed: guidePage.lastReviewed });
        expect(webPage!.reviewedBy).toEqual([expect.objectContaining({ name: guidePage.reviewer })]);
      }

      const crumbs = nodeOfType(nodes, 'BreadcrumbList');
      const items = crumbs!.itemListElement as { position: number; item: string }[];
      expect(items[0]).toMatchObject({ position: 1, item: absolute(localePath(lang, '/')), name: wordsOf(pathname).seo.breadcrumbHome });
      expect(items.at(-1)!.item).toBe(absolute(pathname));

      expect(nodeOfType(nodes, 'MedicalClinic')).toMatchObject({
        name: defaultClinic.name,
        telephone: '+13035550142',
        email: defaultClinic.email,
        address: {
          streetAddress: defaultClinic.address.street,
          addressLocality: defaultClinic.address.city,
          addressRegion: defaultClinic.address.region,
          postalCode: defaultClinic.address.postalCode,
          addressCountry: defaultClinic.address.country,
        },
        openingHoursSpecification: defaultClinic.openingHours.map((hours) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: hours.days.map((day) => expect.stringMatching(new RegExp(`^https://schema.org/${day}`))),
          opens: hours.opens,
          closes: hours.closes,
        })),
      });

      const procedure = nodes.find((node) => node['@id'] === `${absolute(pathname)}#procedure`);
      if (neutral === '/insertion' || neutral === '/removal') {
        for (const field of ['name', 'preparation', 'howPerformed', 'followup']) expect(String(procedure?.[field] ?? '')).not.toBe('');
      } else {
        expect(procedure).toBeUndefined();
      }

      const faq = nodeOfType(nodes, 'FAQPage');
      if (neutral === '/faq') {
        const questions = faq!.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
        expect(questions).toHaveLength(faqQuestionCount(lang));
        for (const question of questions) {
          expect(question.name).toMatch(/\?$/);
          await expect(page.getByRole('heading', { level: 2, name: question.name, exact: true })).toBeVisible();
          expect(question.acceptedAnswer.text.length).toBeGreaterThan(10);
        }
      } else {
        expect(faq).toBeUndefined();
      }
    });

    await test.step('a topic page ends with its sources (plain links, each with the day it was read), last in "On this page"; privacy and the home page have none', async () => {
      const guidePage = getPages(lang).find((p) => `/${p.slug}` === neutral);
      const sections = page.locator('main [data-sources]');
      if (!guidePage || guidePage.slug === 'privacy') {
        await expect(sections).toHaveCount(0);
        return;
      }
      const words = EXPECTED_SOURCES_WORDS[lang];
      const region = page.getByRole('region', { name: words.heading, exact: true });
      await expect(region).toHaveCount(1);
      await expect(region.getByRole('heading', { level: 2, name: words.heading, exact: true })).toHaveAttribute('id', 'sources');
      const links = region.locator('li a');
      expect(await links.count()).toBeGreaterThanOrEqual(1);
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(guidePage.sources!.map((source) => source.url));
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        await expect(link).not.toHaveAttribute('target', /./);
      }
      await expect(region.getByRole('listitem').filter({ hasText: words.read })).toHaveCount(guidePage.sources!.length);
      // At the end: after the article, and only the "About this page" note after it.
      const around = await region.evaluate((section) => [section.previousElementSibling?.tagName, section.nextElementSibling?.tagName]);
      expect(around).toEqual(['ARTICLE', 'ASIDE']);
      const toc = page.locator('nav[aria-labelledby="on-this-page"] a');
      if (await toc.count()) await expect(toc.last()).toHaveAttribute('href', '#sources');
    });

    await test.step('names the same page in every language (hreflang both ways, English as x-default), or none on an English-only site', async () => {
      const alternates: Record<string, string> = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        Object.fromEntries(links.map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? ''])),
      );
      // "https://site" and "https://site/" are the same address.
      for (const [lang, href] of Object.entries(alternates)) alternates[lang] = new URL(href).href;
      const expected = Object.fromEntries(siteLanguages().map((other) => [other, new URL(absolute(localePath(other, neutral))).href]));
      expect(alternates).toEqual(siteLanguages().length > 1 ? { ...expected, 'x-default': new URL(absolute(neutral)).href } : {});
    });
  });
}

for (const { path: pagePath, lang, neutral } of sitePages().filter((p) => p.neutral !== '/')) {
  const slug = neutral.slice(1);
  test(`every heading written in ${pagePath} has an id and a visible link to it`, async ({ page }) => {
    // The glossary has about 50 headings, each found by its accessible name: it needs more than the usual 30 s.
    test.slow(slug === 'glossary', 'about 50 headings, each looked up by name');
    await page.goto(pagePath);
    const source = fs.readFileSync(path.join(contentDirFor(lang), `${slug}.mdx`), 'utf8');
    const written = (source.match(/^#{2,3} .+$/gm) ?? []).length;
    const headings = page.locator('main article .section-heading > :is(h2, h3)');
    await expect(headings).toHaveCount(written);
    for (const heading of await headings.all()) {
      const id = await heading.getAttribute('id');
      expect(id, `heading "${await heading.textContent()}" has an id`).toMatch(/^[a-z0-9-]+$/);
      const link = page.getByRole('link', { name: `${wordsOf(pagePath).frame.sectionLink} ${(await heading.textContent())!.trim()}`, exact: true });
      await expect(link).toHaveAttribute('href', `#${id}`);
      await expect(link).toBeVisible();
    }
  });
}

test('following a section link puts the section address in the address bar', async ({ page }) => {
  await page.goto('/what-is-a-port');
  const heading = page.locator('main article h2').first();
  const id = await heading.getAttribute('id');
  await page.getByRole('link', { name: `Link to this section: ${(await heading.textContent())!.trim()}` }).click();
  await expect(page).toHaveURL(new RegExp(`/what-is-a-port#${id}$`));
  await expect(heading).toBeInViewport();
});

test('a deep link opens the page at its section', async ({ page }) => {
  await page.goto('/preparation#work-out-your-own-times');
  await expect(page.locator('#work-out-your-own-times')).toBeInViewport();
});

test('the sitemap lists every page in every language on the clinic site with its review date and alternates, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const entries = [...sitemap.matchAll(/<url>\s*<loc>([^<]+)<\/loc>[\s\S]*?<lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1], m[2]]);
  expect(entries.map(([loc]) => loc).sort()).toEqual(sitePaths().map(absolute).sort());
  for (const lang of siteLanguages()) {
    for (const guidePage of getPages(lang)) expect(entries).toContainEqual([absolute(localePath(lang, `/${guidePage.slug}`)), guidePage.lastReviewed]);
  }
  if (siteLanguages().includes('es')) {
    const spanish = /<url>\s*<loc>[^<]*\/es\/aftercare<\/loc>[\s\S]*?<\/url>/.exec(sitemap)?.[0] ?? '';
    expect(spanish).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${absolute('/aftercare')}" />`);
    expect(spanish).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${absolute('/aftercare')}" />`);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).not.toMatch(/^Disallow: \/$/m);
});

test('the web app manifest names the clinic, its icon exists, and the save-for-offline page\'s script links it', async ({ page, request }) => {
  for (const lang of siteLanguages()) {
    const path = localePath(lang, '/save-for-offline');
    // Not in the HTML, which Chromium would fetch with its icon as the page loads; the script adds it.
    expect(await (await request.get(path)).text()).not.toMatch(/rel="?manifest/);
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', localePath(lang, '/manifest.webmanifest'));
  }
  // The home-screen icon for iOS (and for search engines): a PNG of 180 by 180 pixels.
  const touchIcon = await (await request.get('/apple-touch-icon.png')).body();
  expect(touchIcon.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([touchIcon.readUInt32BE(16), touchIcon.readUInt32BE(20)]).toEqual([180, 180]);
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toContain(defaultClinic.name);
  expect(manifest.lang).toBe('en');
  expect(manifest.start_url).toBe('/');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  // The Spanish pages' own manifest: a home-screen icon with a Spanish name that opens /es.
  const spanish = await (await request.get('/es/manifest.webmanifest')).json();
  expect(spanish).toMatchObject({ lang: 'es', start_url: '/es', short_name: 'Guía del puerto' });
  expect(spanish.name).toBe(`${defaultClinic.name}: Guía del puerto`);
});

for (const lang of siteLanguages()) {
  const article = localePath(lang, '/what-is-a-port');
  const words = LANGUAGE_INFO[lang].dictionary;
  test.describe(`printing ${article}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(article);
      await page.emulateMedia({ media: 'print' });
    });

    test('leaves out navigation and section links, and shows the clinic phone in the footer', async ({ page }) => {
      await expect(page.getByRole('navigation', { name: words.frame.mainNav })).toBeHidden();
      await expect(page.locator('.section-link').first()).toBeHidden();
      await expect(page.locator('a[data-language-link]')).toHaveCount(siteLanguages().length > 1 ? 1 : 0);
      if (siteLanguages().length > 1) await expect(page.locator('a[data-language-link]')).toBeHidden();
      const printed = words.footer.printed.replace('{siteUrl}', defaultClinic.siteUrl).replace('{clinic}', defaultClinic.name).replace('{phone}', '(303) 555-0142');
      // The part after the site address: "Questions? Call <clinic> at <phone>." in the page's language.
      const printLine = page.getByRole('contentinfo').getByText(printed.split(`${defaultClinic.siteUrl}. `)[1]!);
      await expect(printLine).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      await expect(printLine).toBeHidden();
    });

    test('writes out where links go and keeps text readable', async ({ page }) => {
      await page.goto(localePath(lang, '/'));
      await page.emulateMedia({ media: 'print' });
      const link = page.getByRole('main').locator(`a[href="${article}"]`).first();
      const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toBe(`" (${article})"`);
      const size = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(size).toBeGreaterThanOrEqual(14); // 11pt or more
    });
  });
}

for (const missing of missingPaths()) {
  const lang = siteLanguages().find((l) => l !== 'en' && missing.startsWith(`/${l}/`)) ?? 'en';
  test(`the 404 page for ${missing} answers with status 404, every topic in its language and the clinic phone`, async ({ page }) => {
    const response = await page.goto(missing.replace('no-such-page', 'aftercar'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const main = page.getByRole('main');
    for (const guidePage of getPages(lang)) {
      await expect(main.getByRole('link', { name: guidePage.title, exact: true })).toHaveAttribute('href', localePath(lang, `/${guidePage.slug}`));
    }
    await expect(main.getByRole('link', { name: '(303) 555-0142' })).toHaveAttribute('href', 'tel:+13035550142');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
}
