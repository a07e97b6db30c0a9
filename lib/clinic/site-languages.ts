/**
 * The languages this site is built in: the clinic config's "languages",
 * English first. A choice the clinic makes, so it lives with the clinic;
 * lib/i18n (the dictionaries and the list of languages we have words for)
 * never reads the clinic config.
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
