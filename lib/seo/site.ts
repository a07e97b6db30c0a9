/**
 * Site-wide words and colours that metadata, the manifest and the share
 * images all use, so they cannot drift apart. Words come from the
 * dictionaries (lib/i18n/<lang>.ts, "meta").
 */
import { clinic } from '@/lib/clinic/config';
import { sitePalette } from '@/lib/clinic/site-brand';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';

/** The clinic's brand colour (the one the stylesheet uses), for the browser bar and share images. */
export const THEME_COLOR = sitePalette.color;

/** The share picture's size in pixels: the share images draw it, the pages' metadata announce it. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

export function homeTitle(lang: LanguageCode): string {
  return dictionaryFor(lang).meta.homeTitle;
}

export function homeDescription(clinicName: string, lang: LanguageCode): string {
  return fill(dictionaryFor(lang).meta.homeDescription, { clinic: clinicName });
}

/** Absolute URL on the clinic's site for a path like "/aftercare" or "/es". */
export function siteUrl(pathname: string, base: string = clinic.siteUrl): string {
  return pathname === '/' ? `${base}/` : `${base}${pathname}`;
}
