// The languages the guide can be built in, and which ones a clinic config
// turns on. Plain JavaScript with no imports (types in languages.d.mts), so
// next.config.mjs can read it before anything is compiled: it decides which
// route files exist (docs/configure-a-clinic.md, "Languages").

/** Every language with a dictionary (lib/i18n/<code>.ts) and, except English, a content folder (content/<code>/). */
export const SUPPORTED_LANGUAGES = Object.freeze(['en', 'es']);

/** English is the source language: always built, at the site's root. */
export const SOURCE_LANGUAGE = 'en';

/** When a config has no "languages" key, the site is English only: a clinic turns a translation on. */
export const DEFAULT_LANGUAGES = Object.freeze(['en']);

/** The "languages" list of a raw (not yet validated) config object; validation happens in lib/clinic/config.ts. */
export function languagesOfRawConfig(data) {
  const languages = data && typeof data === 'object' ? data.languages : undefined;
  return Array.isArray(languages) ? languages.filter((code) => typeof code === 'string') : [...DEFAULT_LANGUAGES];
}
