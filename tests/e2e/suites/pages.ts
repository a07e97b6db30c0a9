// What every page of a clinic's site must show, as steps of one visit: the
// frame (skip link, help link, landmarks, the clinic's contact), the clinic's
// own name, colour and logo and none of the other clinic's, the one list of
// each kind of warning sign with the clinic's fever line, what it tells search
// engines, and zero axe violations. The spec files choose the pages and the
// steps (tests/e2e/page-frame.spec.ts, clinical-advice.spec.ts and
// second-clinic.spec.ts), so each check is written once for both clinics.
import type AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import type { ClinicProfile } from '../../support/clinics';
import {
  callNowLines,
  callNowLinesEs,
  EMERGENCY_SIGNS,
  EMERGENCY_SIGNS_ES,
  footerFever,
  footerFeverEs,
  infectionSigns,
  infectionSignsEs,
  infectionSignsPortRemoved,
  infectionSignsPortRemovedEs,
  PORT_PROBLEMS,
  PORT_PROBLEMS_ES,
  ROUTINE_REASONS,
  ROUTINE_REASONS_ES,
} from '../../support/expected-copy';
import { jsonLdNodes, nodeOfType, shareTags } from '../../support/structured-data';
import { expect, languageOf, missingPaths, readAnywherePaths, sitePaths, STAFF_PATHS, test, wordsOf } from '../fixtures';

/** The patient pages of a clinic's site, in each of its languages. */
export const topicPaths = (clinic: ClinicProfile) => sitePaths(clinic.languages);
/**
 * Every address a visitor can land on: the patient pages, the offline copy's page (when the clinic
 * offers it), the staff page and the 404 page in each language. The whole guide is every topic page
 * again: its frame and axe run once, at phone width, in the same visit as its PDF (whole-guide.spec.ts).
 */
export const allPaths = (clinic: ClinicProfile) => [
  ...topicPaths(clinic),
  ...readAnywherePaths(clinic.languages, { offline: clinic.config.offline?.enabled !== false }).filter((p) => !p.endsWith('/whole-guide')),
  ...STAFF_PATHS,
  ...missingPaths(clinic.languages),
];

export async function expectFrame(page: Page, clinic: ClinicProfile, path: string) {
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
    const { name, address } = clinic.config;
    // A logo stands in for the name in the header, with the name as its alt text.
    await expect(page.getByRole('banner').getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('navigation', { name: wordsOf(path).frame.mainNav })).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', languageOf(path));
    await expect(page.locator('main#main-content')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toContainText(address.street);
    await expect(page.getByRole('contentinfo')).toContainText(`${address.city}, ${address.region}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('link', { name: clinic.phone.text })).toHaveAttribute('href', clinic.phone.href);
  });
}

export async function expectNoAxeViolations(makeAxeBuilder: () => AxeBuilder) {
  await test.step('has zero axe violations (WCAG 2.2 A/AA)', async () => {
    const results = await makeAxeBuilder().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

/** The clinic's own colour on the header and footer rules and the links, and its logo (or none). */
export async function expectBrand(page: Page, request: APIRequestContext, clinic: ClinicProfile) {
  await test.step(`shows the ${clinic.label}'s colour and logo`, async () => {
    const banner = page.getByRole('banner');
    await expect(banner).toHaveCSS('border-bottom-color', clinic.brand.rgb);
    await expect(page.getByRole('contentinfo')).toHaveCSS('border-top-color', clinic.brand.rgb);
    await expect(page.locator('footer a[href$="/privacy"]')).toHaveCSS('color', clinic.brand.rgb);
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', clinic.brand.hex);
    if (!clinic.brand.logo) {
      await expect(banner.getByRole('img')).toHaveCount(0);
      return;
    }
    const logo = banner.getByRole('img', { name: clinic.config.name });
    await expect(logo).toBeVisible();
    await expect(logo).toHaveAttribute('alt', clinic.config.name);
    const src = await logo.getAttribute('src');
    expect(src).toMatch(/^\/brand\/logo\.[0-9a-f]{16}\.svg$/);
    // It really loaded: a broken image has no natural width.
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const response = await request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.body()).equals(clinic.brand.logo)).toBe(true);
    // Never inlined into the page.
    expect(await page.locator('header a[href="/"] svg').count()).toBe(0);
  });
}

/** Nothing of the other clinic, in the HTML or on screen, and the canonical address on the clinic's own site. */
export async function expectNoOtherClinic(page: Page, clinic: ClinicProfile) {
  await test.step(`shows nothing of the other clinic, and its address is on the ${clinic.label}'s site`, async () => {
    const html = await page.content();
    const text = await page.locator('body').innerText();
    for (const value of clinic.otherClinic) {
      expect(html).not.toContain(value.replace(/&/g, '&amp;'));
      expect(text).not.toContain(value);
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${clinic.config.siteUrl}`));
  });
}

/** What search engines and shared links are told: the clinic's own site, name and contact, and nothing made up. */
export async function expectShareTags(page: Page, clinic: ClinicProfile, path: string) {
  await test.step(`tells search engines and shared links about the ${clinic.label}`, async () => {
    const { name, siteUrl, address } = clinic.config;
    const absolute = (pathname: string) => new URL(pathname, siteUrl).href;
    const tags = await shareTags(page);
    for (const url of [tags.canonical, tags.ogUrl]) expect(new URL(url!).href).toBe(absolute(path));
    expect(tags.ogImage!.startsWith(`${siteUrl}/`)).toBe(true);
    expect(tags.ogSiteName).toBe(name);
    await expect(page).toHaveTitle(new RegExp(`\\| ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const nodes = await jsonLdNodes(page);
    expect(nodeOfType(nodes, 'MedicalWebPage')!.url).toBe(absolute(path));
    const medicalClinic = nodeOfType(nodes, 'MedicalClinic');
    expect(medicalClinic).toMatchObject({
      name,
      // E.164, the number the tel: links dial.
      telephone: clinic.phone.href.replace(/^tel:/, ''),
      url: absolute('/'),
      address: { streetAddress: address.street, addressLocality: address.city, postalCode: address.postalCode },
    });
    // A clinic that gives no email or opening hours gets none made up.
    if (!clinic.contact.email) expect(medicalClinic).not.toHaveProperty('email');
    if (!clinic.contact.hours) expect(medicalClinic).not.toHaveProperty('openingHoursSpecification');
    for (const value of clinic.otherClinic) expect(JSON.stringify(nodes)).not.toContain(value);
  });
}

/** None of another clinic's fasting and arrival times, in the served HTML (JSON-LD and the planner's templates included) or on screen. */
export async function expectNoOtherRules(page: Page, clinic: ClinicProfile, path: string) {
  await test.step("shows none of the other clinic's fasting and arrival times", async () => {
    const html = await page.content();
    const text = await page.locator('body').innerText();
    for (const rule of clinic.absentRules) {
      expect(html, `${path} HTML has "${rule.source}"`).not.toMatch(rule);
      expect(text, `${path} text has "${rule.source}"`).not.toMatch(rule);
    }
  });
}

// Words of a shorter or older list of signs: no list item outside the lists may use them.
const SIGN_WORDS = /chest pain|trouble breathing|short of breath|racing|fluttering|\bpus\b|chills|dolor en el pecho|dificultad para respirar|falta de aire|escalofríos/i;
// Old advice that could delay care or is not true.
const OLD_ADVICE = [/two readings/i, /four hours apart/i, /101 ?°F/, /Lifesite/, /water cannot get in/i, /wait about a week/i, /leaves the veins in your arm alone/i, /drink nothing\./i];

/** Each language's lists (tests/support/expected-copy.ts) with the clinic's fever line and emergency number. */
function expectedLists(clinic: ClinicProfile, path: string): Record<string, string[]> {
  const { fever } = clinic;
  const number = clinic.config.emergencyNumber;
  // After removal the infection signs are worded for the cut alone (issue 20, Q24).
  const removal = /\/removal$/.test(path);
  return languageOf(path) === 'en'
    ? {
        emergency: EMERGENCY_SIGNS,
        infection: removal ? infectionSignsPortRemoved(fever) : infectionSigns(fever),
        'port-problem': PORT_PROBLEMS,
        routine: ROUTINE_REASONS,
        'call-now': callNowLines(fever, number),
      }
    : {
        emergency: EMERGENCY_SIGNS_ES,
        infection: removal ? infectionSignsPortRemovedEs(fever) : infectionSignsEs(fever),
        'port-problem': PORT_PROBLEMS_ES,
        routine: ROUTINE_REASONS_ES,
        'call-now': callNowLinesEs(fever, number),
      };
}

/** The one list of each kind of sign, never the same twice in a row and no other, with the clinic's fever line; none of another clinic's aftercare values. */
export async function expectSigns(page: Page, clinic: ClinicProfile, path: string) {
  await test.step(`shows the one list of each kind of sign with the ${clinic.label}'s fever line, and no other`, async () => {
    const expected = expectedLists(clinic, path);
    // The footer carries the emergency list and the fever line on every page, the 404 page too.
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('[data-warning-signs="emergency"]')).toHaveCount(1);
    await expect(footer).toContainText(languageOf(path) === 'en' ? footerFever(clinic.fever) : footerFeverEs(clinic.fever));
    const kinds = await page.locator('[data-warning-signs]').evaluateAll((lists) => lists.map((list) => list.getAttribute('data-warning-signs')!));
    for (const [i, kind] of kinds.entries()) {
      expect(Object.keys(expected), kind).toContain(kind);
      expect(kind === kinds[i + 1], `${kind} twice in a row`).toBe(false);
      const list = page.locator('[data-warning-signs]').nth(i);
      expect(await list.locator(':scope > li').allTextContents(), kind).toEqual(expected[kind]);
    }
    const strays = await page.locator('li').evaluateAll((items) => items.filter((li) => !li.closest('[data-warning-signs]')).map((li) => li.textContent ?? ''));
    expect(strays.filter((text) => SIGN_WORDS.test(text))).toEqual([]);
    // An emergency box is always the emergency list; an urgent box is only for the infection signs
    // (clinical urgency), never for reminders such as bringing a driver.
    for (const box of await page.locator('[data-callout="emergency"]').all()) {
      await expect(box.locator('[data-warning-signs="emergency"]')).toHaveCount(1);
    }
    for (const box of await page.locator('[data-callout="urgent"]').all()) {
      await expect(box.locator('[data-warning-signs="infection"]')).toHaveCount(1);
    }
    const text = await page.locator('body').innerText();
    for (const old of OLD_ADVICE) expect(text).not.toMatch(old);
    // Another clinic's aftercare values, on screen or in the structured data.
    const data = JSON.stringify(await jsonLdNodes(page));
    for (const value of clinic.absentAftercare) {
      expect(text, `page text has ${value}`).not.toMatch(value);
      expect(data, `structured data has ${value}`).not.toMatch(value);
    }
  });
}
