// The second clinic (tests/fixtures/second-clinic.json, built to
// out-second-clinic/): English only, its own colour and logo, a 12-week flush,
// a 38.5 °C fever, and none of the optional contact values. The suites in
// tests/e2e/suites/ run here with its profile (tests/support/clinics.ts), as
// the default clinic's specs run them with the default's; below them, what
// only this build has: a site with no trace of Spanish, and a clinical sign-off.
import fs from 'node:fs';
import path from 'node:path';
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { SECOND_CLINIC } from '../support/clinics';
import { jsonLdNodes } from '../support/structured-data';
import { languagesOfRawConfig } from '../../lib/i18n/languages.mjs';
import { en } from '../../lib/i18n/en';
import { es } from '../../lib/i18n/es';
import { expect, test } from './fixtures';
import { brandSuite } from './suites/brand';
import { clinicalValuesSuite } from './suites/clinical-advice';
import { contactSuite } from './suites/contact';
import { flushReminderSuite } from './suites/flush-reminder';
import {
  allPaths,
  expectBrand,
  expectFrame,
  expectNoAxeViolations,
  expectNoOtherClinic,
  expectNoOtherRules,
  expectShareTags,
  expectSigns,
  topicPaths,
} from './suites/pages';
import { plannerSuite } from './suites/planner';
import { searchIndexSuite } from './suites/search';
import { staffSuite } from './suites/staff';

test.use({ baseURL: SECOND_CLINIC.baseURL });

const sitePaths = () => topicPaths(SECOND_CLINIC);
const topics = new Set(sitePaths());

// One visit per page and width. At phone width the frame and axe, as the
// default clinic's phone project runs them; at desktop width the frame, the
// clinic's look and values, what search engines are told, and axe.
for (const [device, viewport] of [
  ['phone', { width: 375, height: 800 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`at ${device} width`, () => {
    test.use({ viewport });
    for (const path of allPaths(SECOND_CLINIC)) {
      const topic = topics.has(path);
      const values = device === 'desktop' && path !== '/staff';
      test(`${path}: frame${values ? `, the second clinic's ${topic ? 'look, values and search data' : 'values'}` : ''} and zero axe violations`, async ({
        page,
        request,
        makeAxeBuilder,
      }) => {
        await page.goto(path);
        await expectFrame(page, SECOND_CLINIC, path);
        if (values) {
          await expectSigns(page, SECOND_CLINIC, path);
          if (topic) {
            await expectBrand(page, request, SECOND_CLINIC);
            await expectNoOtherClinic(page, SECOND_CLINIC);
            await expectShareTags(page, SECOND_CLINIC, path);
            await expectNoOtherRules(page, SECOND_CLINIC, path);
          }
        }
        await expectNoAxeViolations(makeAxeBuilder);
      });
    }
  });
}

brandSuite(SECOND_CLINIC);
contactSuite(SECOND_CLINIC);
clinicalValuesSuite(SECOND_CLINIC);
plannerSuite(SECOND_CLINIC);
staffSuite(SECOND_CLINIC);
flushReminderSuite(SECOND_CLINIC);
searchIndexSuite(SECOND_CLINIC);

const absolute = (pathname: string) => new URL(pathname, secondClinic.siteUrl).href;

test('the second clinic sitemap and robots.txt are on its own site', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.sort()).toEqual(sitePaths().map(absolute).sort());
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${secondClinic.siteUrl}/sitemap.xml`);
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
