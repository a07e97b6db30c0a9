// The languages the guide can be built in, and which ones a clinic config
// turns on. No imports, so next.config.ts can read it before anything is
// compiled (it decides which route files exist, see README "Languages").

/** Every language with a dictionary (lib/i18n/<code>.ts) and, except English, a content folder (content/<code>/). */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;

export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number];

/** English is the source language: always built, at the site's root. */
export const SOURCE_LANGUAGE: LanguageCode = 'en';

/** When a config has no "languages" key, the site is English only: a clinic turns a translation on. */
export const DEFAULT_LANGUAGES: readonly LanguageCode[] = ['en'];

/** The "languages" list of a raw (not yet validated) config object; validation happens in lib/clinic/config.ts. */
export function languagesOfRawConfig(data: unknown): string[] {
  const languages = data && typeof data === 'object' ? (data as { languages?: unknown }).languages : undefined;
  return Array.isArray(languages) ? languages.filter((code): code is string => typeof code === 'string') : [...DEFAULT_LANGUAGES];
}
