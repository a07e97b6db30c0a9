/**
 * The languages this site is built in: the clinic config's "languages",
 * English first. (Apart from lib/i18n/index.ts so that the content loader and
 * the dictionaries do not load the clinic config.)
 */
import { clinic } from '@/lib/clinic/config';
import type { LanguageCode } from '@/lib/i18n';

export function siteLanguages(): LanguageCode[] {
  return ['en', ...clinic.languages.filter((lang) => lang !== 'en')];
}

/** The translations this site is built in (every language but English). */
export function translatedLanguages(): LanguageCode[] {
  return siteLanguages().filter((lang) => lang !== 'en');
}
