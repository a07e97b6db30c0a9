// The guide's pages as a reader gets them: every page reachable, titled,
// reviewed; the "when to call" section with the clinic's own numbers; urgency
// said in words to screen readers; glossary and "On this page" links that land.
// The contact page and the urgent panel's numbers are suites/contact.ts's, run here
// for the default clinic and in second-clinic.spec.ts for the second.
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { getPages } from '../../lib/content/pages';
import { CANCER_TEAM_FIRST_LINE, feverLine } from '../support/expected-copy';
import { DEFAULT_CLINIC } from '../support/clinics';
import { expect, test } from './fixtures';
import { contactSuite } from './suites/contact';

test('the home page and the main navigation link to every page of the guide', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const { slug } of getPages('en')) {
    await expect(page.getByRole('main').locator(`a[href="/${slug}"]`).first()).toBeAttached();
    await expect(nav.locator(`a[href="/${slug}"]`).first()).toBeAttached();
  }
});

for (const { slug, title, lastReviewed, reviewIntervalYears } of getPages('en')) {
  test(`/${slug} serves its title as the h1, shows when it was last reviewed and is next due, and its in-page links land`, async ({ page }) => {
    const response = await page.goto(`/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const about = page.getByRole('complementary', { name: 'About this page' });
    await expect(about).toContainText('Last reviewed:');
    // Next review: the same day and month, 3 years on (or the page's own interval); no page here is reviewed on 29 February.
    const [year, monthDay] = [Number(lastReviewed.slice(0, 4)), lastReviewed.slice(4)];
    await expect(about).toContainText('Next review due:');
    await expect(about.locator('time').nth(1)).toHaveAttribute('datetime', `${year + (reviewIntervalYears ?? 3)}${monthDay}`);
    // Every "On this page" link points at a heading on this page.
    const toc = page.getByRole('navigation', { name: 'On this page' });
    // The page's own sections (MDX "##"), not the headings inside components such as the help levels.
    const h2Count = await page.locator('main article .section-heading > h2').count();
    await expect(toc).toHaveCount(h2Count >= 3 ? 1 : 0);
    for (const href of await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(`main h2[id="${href!.slice(1)}"]`)).toHaveCount(1);
    }
  });
}

test('/aftercare#when-to-call lands on the "Call now if you have:" card, with the emergency number and the link to when to get help', async ({ page }) => {
  await page.goto('/aftercare#when-to-call');
  const heading = page.locator('h2#when-to-call');
  await expect(heading).toHaveText('Call now if you have:');
  await expect(heading).toBeInViewport();
  const panel = page.locator('[data-when-to-call]');
  await expect(panel.getByRole('link', { name: `Call ${defaultClinic.emergencyNumber} now.` })).toHaveAttribute('href', `tel:${defaultClinic.emergencyNumber}`);
  await expect(panel).toContainText(feverLine(DEFAULT_CLINIC.fever));
  await expect(panel).toContainText(CANCER_TEAM_FIRST_LINE);
  await expect(panel).not.toContainText('two readings');
  await panel.getByRole('link', { name: 'When to get help' }).click();
  await expect(page).toHaveURL(/\/when-to-get-help$/);
  await expect(page.getByRole('link', { name: DEFAULT_CLINIC.phone.text }).first()).toHaveAttribute('href', DEFAULT_CLINIC.phone.href);
  await expect(page.getByRole('main').getByRole('link', { name: '(303) 555-0199' })).toHaveAttribute('href', 'tel:+13035550199');
});

test('callouts say their urgency in words that screen readers read and sighted readers do not see twice', async ({ page }) => {
  await page.goto('/when-to-get-help');
  for (const [level, prefix] of [
    ['emergency', 'Immediate action required:'],
    ['urgent', 'Urgent advice:'],
    ['routine', 'Non-urgent advice:'],
  ] as const) {
    const callout = page.locator(`[data-callout="${level}"]`).first();
    const hidden = callout.locator('.visually-hidden');
    await expect(hidden).toHaveText(prefix);
    // Visually hidden: clipped to at most a pixel, yet in the accessibility tree.
    const box = await hidden.boundingBox();
    expect(box!.width * box!.height).toBeLessThanOrEqual(1);
    const snapshot = await callout.ariaSnapshot();
    expect(snapshot).toContain(prefix);
    await expect(callout.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  }
});

test('every glossary link on every page lands on an entry in the glossary', async ({ page }) => {
  test.slow(); // every page in one test: it passes in about 40 s alone and timed out beside another worker
  const targets = new Map<string, string>();
  for (const { slug } of getPages('en')) {
    await page.goto(`/${slug}`);
    for (const href of await page.locator('main a[href^="/glossary#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      targets.set(href.slice('/glossary#'.length), slug);
    }
  }
  // The pages do link medical words; an empty list would pass for the wrong reason.
  expect(targets.size).toBeGreaterThan(10);
  await page.goto('/glossary');
  for (const [id, from] of targets) {
    await expect(page.locator(`main article [id="${id}"]`), `/${from} links to /glossary#${id}`).toHaveCount(1);
  }
});

contactSuite(DEFAULT_CLINIC);
