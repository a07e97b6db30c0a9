// Pages are plain HTML and CSS: the post-build step (static-export/postbuild/static-html.mjs) takes
// Next's runtime out of every page. These tests prove content pages load no
// script at all and still work (navigation, the phone menu, in-page links),
// while /preparation, whose planner carries `data-needs-js="planner"`, loads
// only our own planner script, and /using-your-port only its flush reminder's.
import type { Page } from '@playwright/test';
import { localePath } from '../../lib/i18n';
import { expect, missingPaths, sitePages, test, translatedLanguages, wordsOf } from './fixtures';

/** Scripts the page fetched or runs, in the network log and the DOM (JSON-LD is data, not a script). */
async function scriptsOf(page: Page, pagePath: string) {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') fetched.push(request.url());
  });
  await page.goto(pagePath, { waitUntil: 'networkidle' });
  const inDom = await page.locator('script:not([type="application/ld+json"])').count();
  const needsJs = await page.locator('[data-needs-js]').count();
  return { fetched, inDom, needsJs };
}

/** The pages that run a script of ours, by the script's name: every other page runs none. */
const SCRIPT_PAGES: Record<string, string> = { '/preparation': 'planner', '/using-your-port': 'flush-reminder' };

/** Our script was fetched only after the load event and the first contentful paint, so it never competes with the first paint. */
async function expectScriptAfterLoad(page: Page) {
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const script = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/_planner/'));
    return { loadEnd: navigation!.loadEventEnd, paint: paint?.startTime ?? Infinity, scriptStart: script?.startTime ?? -1 };
  });
  expect(timing.scriptStart).toBeGreaterThanOrEqual(timing.loadEnd);
  expect(timing.scriptStart).toBeGreaterThanOrEqual(timing.paint);
}

const contentPages = [...sitePages().filter((p) => !(p.neutral in SCRIPT_PAGES)).map((p) => p.path), ...missingPaths()];

for (const pagePath of contentPages) {
  test(`${pagePath} loads no JavaScript at all`, async ({ page }) => {
    const { fetched, inDom, needsJs } = await scriptsOf(page, pagePath);
    expect(needsJs).toBe(0);
    expect(fetched).toEqual([]);
    expect(inDom).toBe(0);
    const preloads = await page.locator('link[rel="modulepreload"], link[rel="preload"][as="script"]').count();
    expect(preloads).toBe(0);
  });
}

test('/preparation loads only the planner script it asks for with data-needs-js, none of Next\'s, after the page has loaded', async ({ page }) => {
  const { fetched, needsJs } = await scriptsOf(page, '/preparation');
  expect(needsJs).toBe(1);
  await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
  expect(fetched.map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_planner\/planner\.[0-9a-f]+\.js$/)]);
  // The appointment mark in <head> (it fetches nothing), the one-line inline loader, and the planner module it added.
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(3);
  await expect(page.locator('head > script')).toHaveCount(1);
  await expectScriptAfterLoad(page);
  await page.getByLabel('Your appointment date and time').fill('2027-06-10T13:00');
  await page.getByRole('button', { name: 'Show my times' }).click();
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toContainText('Last solid food:');
});

for (const lang of translatedLanguages()) {
  const preparation = localePath(lang, '/preparation');
  test(`${preparation} loads the same one planner script, which works in its language`, async ({ page }) => {
    const { fetched, needsJs } = await scriptsOf(page, preparation);
    expect(needsJs).toBe(1);
    await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
    expect(fetched.map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_planner\/planner\.[0-9a-f]+\.js$/)]);
    const words = wordsOf(preparation).planner;
    await page.getByLabel(words.label).fill(`${new Date().getFullYear() + 1}-06-10T13:00`);
    await page.getByRole('button', { name: words.submit }).click();
    await expect(page.getByRole('region', { name: words.timesLabel })).toContainText(words.lastFoodLabel);
  });
}

for (const { path: pagePath } of sitePages().filter((p) => p.neutral === '/using-your-port')) {
  test(`${pagePath} loads only the flush reminder's script, after the page has loaded`, async ({ page }) => {
    const { fetched, needsJs } = await scriptsOf(page, pagePath);
    expect(needsJs).toBe(1);
    await expect(page.locator('[data-flush-reminder-awake]')).toHaveCount(1);
    expect(fetched.map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_planner\/flush-reminder\.[0-9a-f]+\.js$/)]);
    // The one-line inline loader and the module it added; nothing in <head>.
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(2);
    await expect(page.locator('head > script')).toHaveCount(0);
    await expectScriptAfterLoad(page);
  });
}

test('without scripts, the menu, topic links and in-page links still work', async ({ page, isMobile }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (isMobile) {
    // The phone menu is a native <details>: it opens with no script.
    await nav.getByText('Menu: all topics').click();
  }
  await nav.locator('a[href="/what-is-a-port"]:visible').click();
  await expect(page).toHaveURL(/\/what-is-a-port$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is a port?');

  // The skip link is an in-page anchor: focus lands on main with no script.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('main')).toBeFocused();

  // Headings have ids, so a link to a section scrolls to it.
  const section = page.locator('main h2[id]').last();
  const id = await section.getAttribute('id');
  await page.goto(`/what-is-a-port#${id}`);
  await expect(section).toBeInViewport();

  // Back to the home page by the header's clinic-name link.
  await page.getByRole('banner').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/$/);
});
