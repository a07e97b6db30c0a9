// What the offline copy's browser tests share (offline.spec.ts against `npm start`'s
// server, offline-deploy.spec.ts against nginx): saving a copy, reading the worker's
// state, and the banner's words, written out by hand.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

export const PHONE = '(303) 555-0142';
// Written out by hand: the cache's name starts with this, then the build's id (lib/offline/saved-copy.ts).
export const CACHE_NAME = /^port-guide-offline-[0-9a-f]{16}$/;
export const EN_PAGES = ['/', '/what-is-a-port', '/preparation', '/aftercare', '/when-to-get-help', '/whole-guide'];
export const ES_PAGES = EN_PAGES.map((p) => (p === '/' ? '/es' : `/es${p}`));

/** The day as the site writes it, in the clinic's zone, for a moment: worked out here by Intl, not by the site's code. */
export const dayIn = (locale: string, at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'America/Denver' }).format(new Date(at));

/** Both sides of the save, in case it ran over midnight in Denver. */
export const savedDays = (locale: string, before: number, after: number) => [...new Set([dayIn(locale, before), dayIn(locale, after)])];

export async function workerState(page: Page) {
  return page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
    caches: await caches.keys(),
  }));
}

/** Opens the save page, presses the button and waits for its message; returns the moments around the save. */
export async function saveCopy(page: Page, lang: 'en' | 'es' = 'en', site = '') {
  await page.goto(`${site}${lang === 'en' ? '' : '/es'}/save-for-offline`);
  await expect(page.locator('[data-offline-awake]')).toHaveCount(1);
  const before = Date.now();
  await page.getByRole('button', { name: lang === 'en' ? 'Save this guide on this phone' : 'Guardar esta guía en este teléfono' }).click();
  await expect(page.getByRole('status')).toHaveText(
    lang === 'en' ? 'Done. The guide is saved on this phone. You can read it with no signal.' : 'Listo. La guía está guardada en este teléfono. Puede leerla sin señal.',
    { timeout: 30_000 },
  );
  return { before, after: Date.now() };
}

/**
 * A page loaded from the saved copy: the banner's words; no script but JSON-LD data, or on
 * /preparation its planner, woken from the copy's saved script.
 */
export async function expectSavedPage(page: Page, pagePath: string, banner: RegExp) {
  await test.step(`${pagePath} loads from the saved copy with its banner`, async () => {
    await page.goto(pagePath);
    await expect(page.locator('main [data-offline-banner]'), pagePath).toHaveText(banner);
    // Boxed as a notice: the page's own CSS kept the banner's rules although only the worker writes it.
    await expect(page.locator('main [data-offline-banner]')).toHaveCSS('border-left-width', '4px');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (pagePath.endsWith('/preparation')) await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
    else await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneOf = (days: string[]) => `(${days.map(escape).join('|')})`;
export const freshBanner = (days: string[]) => new RegExp(`^You are reading a copy saved on ${oneOf(days)}\\. Call ${escape(PHONE)} if you are unsure\\.$`);
export const freshBannerEs = (days: string[]) => new RegExp(`^Está leyendo una copia guardada el ${oneOf(days)}\\. Llame al ${escape(PHONE)} si tiene dudas\\.$`);

