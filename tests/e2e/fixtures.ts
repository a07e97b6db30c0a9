// Shared Playwright fixtures: one axe configuration for every page, and the
// list of pages to visit in every language, read from the same content loader
// and clinic config (the default clinic's) the site is built from.
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { getPages } from '../../lib/content/pages';
import { LANGUAGE_INFO, localePath, type Dictionary, type LanguageCode } from '../../lib/i18n';
import { languagesOfRawConfig } from '../../lib/i18n/languages.mjs';
import { OUR_SERVERS, type Host } from './hosts';

/** The default clinic's languages, English first (lib/clinic/site-languages.ts for the configured clinic). */
export function siteLanguages(): LanguageCode[] {
  return ['en', ...(languagesOfRawConfig(defaultClinic) as LanguageCode[]).filter((lang) => lang !== 'en')];
}

export const translatedLanguages = () => siteLanguages().filter((lang) => lang !== 'en');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type SitePage = {
  lang: LanguageCode;
  /** The address in its language: "/", "/aftercare", "/es", "/es/aftercare". */
  path: string;
  /** The language-neutral path, the same in every language: "/", "/aftercare". */
  neutral: string;
};

/** Every page of the site in each of its languages (default: the languages the default clinic builds). */
export function sitePages(languages: LanguageCode[] = siteLanguages()): SitePage[] {
  return languages.flatMap((lang) =>
    ['/', ...getPages(lang).map((page) => `/${page.slug}`)].map((neutral) => ({ lang, neutral, path: localePath(lang, neutral) })),
  );
}

/** Every page of the site, by URL path, in every language. */
export function sitePaths(languages: LanguageCode[] = siteLanguages()): string[] {
  return sitePages(languages).map((page) => page.path);
}

/**
 * Ways to read the guide away from a signal, in each language, outside the
 * sitemap (noindex): the whole guide on one page, and the page that saves an
 * offline copy (only when the clinic offers one, `offline.enabled`).
 */
export function readAnywherePaths(languages: LanguageCode[] = siteLanguages(), { offline = true } = {}): string[] {
  return languages.flatMap((lang) => ['/whole-guide', ...(offline ? ['/save-for-offline'] : [])].map((neutral) => localePath(lang, neutral)));
}

/** Pages for clinic staff, outside the patient pages and the sitemap (English only). */
export const STAFF_PATHS = ['/staff'];

/** The search page in each language (the site search, docs/search.md): a page with its own script, outside the sitemap. */
export function searchPaths(languages: LanguageCode[] = siteLanguages()): string[] {
  return languages.map((lang) => localePath(lang, '/search'));
}

/** An address that is no page, in each language: the 404 page in that language. */
export function missingPaths(languages: LanguageCode[] = siteLanguages()): string[] {
  return languages.map((lang) => localePath(lang, '/no-such-page'));
}

/** The language of a path on this site, from its prefix. */
export function languageOf(pathname: string): LanguageCode {
  return siteLanguages().find((lang) => lang !== 'en' && (pathname === `/${lang}` || pathname.startsWith(`/${lang}/`))) ?? 'en';
}

/** The words the site shows on a path (its language's dictionary). */
export function wordsOf(pathname: string): Dictionary {
  return LANGUAGE_INFO[languageOf(pathname)].dictionary;
}

/** Set per Playwright project: how the server under test answers what is the host's own (tests/e2e/hosts.ts). */
export type HostOption = { host: Host };

export const test = base.extend<{ makeAxeBuilder: () => AxeBuilder } & HostOption>({
  host: [OUR_SERVERS, { option: true }],
  makeAxeBuilder: async ({ page }, provide) => {
    await provide(() => new AxeBuilder({ page }).withTags(WCAG_TAGS));
  },
});

export { expect } from '@playwright/test';

/** Records every layout shift from the first paint on: call before `page.goto`, read with `layoutShifts`. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts so far, read two frames from now, so a shift from the last change has been reported. */
export async function layoutShifts(page: Page): Promise<number[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
}
