// The search page in a browser (docs/search.md): results as you type and from
// ?q=, marked words, section anchors, the polite live region, axe with results
// shown, nothing off-site, no console error; the page without JavaScript; and
// its CSP. Runs at phone and desktop width and through nginx (project "nginx").
// The many hand-written queries run in Node against the same index:
// search-queries.spec.ts.
import type { Page } from '@playwright/test';
import { localePath, type LanguageCode } from '../../lib/i18n';
import { expect, layoutShifts, recordLayoutShifts, test, translatedLanguages } from './fixtures';

/** A typed query per language, its first result and the live region's words, written out by hand. */
const TYPED: Record<LanguageCode, { query: string; first: string; mark: RegExp; count: RegExp }> = {
  en: { query: 'flus', first: '/glossary#flush', mark: /^flush/i, count: /^\d+ results for “flus”$/ },
  es: { query: 'fiebres', first: '/es/removal#signs-of-infection-after-your-port-is-out', mark: /^fiebres?$/i, count: /^\d+ resultados para «fiebres»$/ },
};

/** Console errors and requests to any other origin, from now on. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`off-site request: ${request.url()}`);
  });
  return problems;
}

for (const lang of ['en', ...translatedLanguages()] as LanguageCode[]) {
  const typed = TYPED[lang];
  test(`${localePath(lang, '/search')}: typing shows marked results linking to sections, counted in a polite live region; axe clean; nothing off-site`, async ({ page, baseURL, makeAxeBuilder }) => {
    // About 15 s alone, most of it axe over the A to Z list's 200 links; it ran past 30 s beside other workers' builds.
    test.slow();
    const problems = watch(page, new URL(baseURL!).origin);
    await recordLayoutShifts(page);
    await page.goto(localePath(lang, '/search'));
    await expect(page.locator('[data-search-awake]')).toHaveCount(1);
    // The script waking moves nothing: it used to hide a paragraph above the A to Z list.
    expect(await layoutShifts(page)).toEqual([]);
    await page.getByRole('searchbox').pressSequentially(typed.query);

    const results = page.locator('[data-search-results] > li');
    await expect(results.first().getByRole('link')).toHaveAttribute('href', typed.first);
    for (const href of await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(lang === 'en' ? /^\/[a-z-]+(#[a-z0-9-]+)?$/ : /^\/es\/[a-z-]+(#[a-z0-9-]+)?$/);
    }
    // The word itself is marked (a synonym it brought in may be marked too).
    await expect(results.first().locator('mark', { hasText: typed.mark }).first()).toBeVisible();
    const status = page.locator('[data-search-status]');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText(typed.count);
    expect(page.url()).toContain(`q=${encodeURIComponent(typed.query)}`);

    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('?q= in the address searches on load, and a result opens its section', async ({ page }) => {
  await page.goto('/es/search?q=int%C3%A9rprete');
  await expect(page.getByRole('searchbox')).toHaveValue('intérprete');
  await expect(page.locator('[data-search-results] > li').first().getByRole('link')).toHaveAttribute('href', '/es/contact#interpreters');

  await page.goto('/search?q=Huber+needle');
  await expect(page.getByRole('searchbox')).toHaveValue('Huber needle');
  await page.locator('[data-search-results] > li').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/glossary#huber-needle$/);
  await expect(page.locator('#huber-needle')).toBeInViewport();
});

test('the search page alone may run a script: its own, by hash, fetching only from this site; other pages keep script-src none', async ({ request }) => {
  const policy = async (pagePath: string) =>
    new Map(
      ((await request.get(pagePath)).headers()['content-security-policy'] ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...sources]) => [name!, sources] as const),
    );
  for (const pagePath of ['/search', ...translatedLanguages().map((lang) => localePath(lang, '/search'))]) {
    const csp = await policy(pagePath);
    expect(csp.get('script-src'), pagePath).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(csp.get('connect-src'), pagePath).toEqual(["'self'"]);
    // MiniSearch is plain JavaScript: no WebAssembly, no worker (only /save-for-offline may start one).
    expect(csp.get('worker-src'), pagePath).toEqual(["'none'"]);
  }
  for (const pagePath of ['/aftercare', '/glossary', localePath(translatedLanguages()[0] ?? 'en', '/aftercare')]) {
    expect((await policy(pagePath)).get('script-src'), pagePath).toEqual(["'none'"]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header link, the form, the A to Z list and the glossary words work, and the page says typing needs JavaScript', async ({ page, isMobile }) => {
    await page.goto('/aftercare');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search$/);
    // Playwright's text matchers skip <noscript>, so read the rendered note directly.
    const note = page.locator('[data-needs-js] noscript p');
    await expect(note).toBeVisible();
    expect(await note.evaluate((p) => p.textContent)).toBe('Results as you type need JavaScript, which is off in this browser. The A to Z list below works without it.');

    await page.getByRole('searchbox', { name: 'Words to look for' }).fill('flush');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=flush$/);
    await expect(note).toBeVisible();

    const az = page.getByRole('region', { name: 'All topics from A to Z' });
    await expect(az.getByRole('link', { name: 'Showers' })).toHaveAttribute('href', '/aftercare#showers');
    await expect(az.getByRole('link', { name: 'Taking your port out' })).toHaveAttribute('href', '/removal');
    await az.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('link', { name: 'S', exact: true }).click();
    await expect(page.locator('#letter-s')).toBeInViewport();
    const glossary = page.getByRole('region', { name: 'Medical words explained' });
    await glossary.getByRole('link', { name: 'Huber needle' }).click();
    await expect(page).toHaveURL(/\/glossary#huber-needle$/);
    if (isMobile) await expect(page.locator('#huber-needle')).toBeInViewport();

    await page.goto('/es/search');
    const spanish = page.getByRole('region', { name: 'Todos los temas de la A a la Z' });
    await expect(spanish.getByRole('link', { name: 'Duchas' })).toHaveAttribute('href', '/es/aftercare#showers');
    await expect(page.getByRole('region', { name: 'Palabras médicas explicadas' }).getByRole('link', { name: 'Aguja Huber' })).toHaveAttribute('href', '/es/glossary#huber-needle');
  });
});
