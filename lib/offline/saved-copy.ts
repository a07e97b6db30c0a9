/**
 * The offline copy a patient chooses to save (/save-for-offline): what the
 * page script and the service worker share, and the worker's decisions as
 * plain functions (fresh or too old, which banner, where it goes), so they
 * are unit-tested with an injected clock. No DOM and no worker globals here:
 * the worker (components/save-for-offline/offline-worker.ts) passes in the
 * time and the page text. Nothing about the patient is stored: the cache holds
 * the site's own files and the moment they were saved.
 */

/** Where the worker is served: at the root, so its scope is the whole site. */
export const WORKER_PATH = '/offline-worker.js';

/** Every cache of the offline copy starts with this; the rest is the build's id. */
export const CACHE_PREFIX = 'port-guide-offline-';

export const cacheNameFor = (buildId: string) => `${CACHE_PREFIX}${buildId}`;

/** The one extra entry in the cache: when the copy was saved (milliseconds since 1970, as text). */
export const SAVED_AT_KEY = '/offline-copy-saved-at';

/**
 * Where the banner goes: the post-build step puts this comment first inside
 * every patient page's <main> (static-export/postbuild/offline-copy.mjs), so
 * the worker replaces a mark it knows is there instead of searching the HTML.
 */
export const BANNER_MARK = '<!--offline-banner-->';

/** How long a navigation may wait for the network before the saved copy answers. */
export const NETWORK_TIMEOUT_MS = 3000;

const DAY_MS = 86_400_000;

/** The banner's words and formats in one language (from lib/i18n, put into the worker at build time). */
export type BannerWords = {
  /** Intl locale for the date, as the rest of the site writes dates ("December 7, 2026"). */
  locale: string;
  banner: string;
  tooOld: string;
  tooOldLink: string;
  /** /when-to-get-help in this language. */
  helpPath: string;
};

/** What the worker is built with (static-export/postbuild/offline-copy.mjs writes it in). */
export type OfflineSettings = {
  buildId: string;
  /** Every file the copy holds, as URL paths ("/", "/es/aftercare", "/_next/static/….css"). */
  files: string[];
  maxAgeDays: number;
  timeZone: string;
  phone: string;
  /** The phone's tel: link. */
  tel: string;
  /** Words by language code; the first is the site's source language (English). */
  words: Record<string, BannerWords>;
};

export type CopyAge = 'fresh' | 'too-old';

/**
 * Whether a copy saved at `savedAt` can still be relied on at `now`: fresh for
 * `maxAgeDays` whole days (up to and including the moment they end), too old
 * after. A copy with no readable save time is too old: nothing says how old it
 * is. A save time in the future (the phone's clock was put back) counts as fresh.
 */
export function copyAge(savedAt: number, now: number, maxAgeDays: number): CopyAge {
  if (!Number.isFinite(savedAt) || !Number.isFinite(now)) return 'too-old';
  return now - savedAt > maxAgeDays * DAY_MS ? 'too-old' : 'fresh';
}

/** The language of a site path: "/es" and "/es/…" are Spanish; anything else is the first language. */
export function languageOfPath(pathname: string, languages: string[]): string {
  const [source = 'en', ...others] = languages;
  return others.find((lang) => pathname === `/${lang}` || pathname.startsWith(`/${lang}/`)) ?? source;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Fills {date} and {phone} into escaped text; the phone becomes a tap-to-call link. */
function sentence(template: string, date: string, phone: string, tel: string): string {
  return escapeHtml(template)
    .replace('{date}', escapeHtml(date))
    .replace('{phone}', `<a href="${escapeHtml(tel)}">${escapeHtml(phone)}</a>`);
}

/**
 * The banner a saved page shows, as HTML: "You are reading a copy saved on
 * {date}…", or, once too old, that it is too old to trust, with the phone and
 * a link to when to get help. Plain markup styled by the site's CSS
 * (.offline-banner in globals.css, kept in each patient page's CSS by the build), so the page still runs no script.
 */
export function bannerHtml(age: CopyAge, savedAt: number, words: BannerWords, settings: Pick<OfflineSettings, 'phone' | 'tel' | 'timeZone'>): string {
  const date = Number.isFinite(savedAt)
    ? new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: settings.timeZone }).format(new Date(savedAt))
    : '?';
  if (age === 'fresh') {
    return `<div class="offline-banner" data-offline-banner="fresh"><p>${sentence(words.banner, date, settings.phone, settings.tel)}</p></div>`;
  }
  return (
    `<div class="offline-banner offline-banner-old" data-offline-banner="too-old"><p><strong>${sentence(words.tooOld, date, settings.phone, settings.tel)}` +
    ` <a href="${escapeHtml(words.helpPath)}">${escapeHtml(words.tooOldLink)}</a>.</strong></p></div>`
  );
}

/** The saved page with the banner in place of the mark; a page without the mark is returned as it is. */
export function withBanner(html: string, banner: string): string {
  const at = html.indexOf(BANNER_MARK);
  if (at === -1) return html;
  return html.slice(0, at) + banner + html.slice(at + BANNER_MARK.length);
}

/** The saved page for a request, as the worker should serve it (its banner chosen by the clock). */
export function savedPageHtml(html: string, pathname: string, savedAt: number, now: number, settings: OfflineSettings): string {
  const words = settings.words[languageOfPath(pathname, Object.keys(settings.words))]!;
  return withBanner(html, bannerHtml(copyAge(savedAt, now, settings.maxAgeDays), savedAt, words, settings));
}

/** The cache key a navigation is saved under: the path alone ("/aftercare/" and "/aftercare?appointment=…" → "/aftercare"). */
export function savedPathFor(url: string): string {
  const { pathname } = new URL(url);
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}
