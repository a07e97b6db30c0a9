/**
 * The words of the "Sources" section at the end of each topic page, written
 * out by hand (not read from lib/i18n), so a test fails if the dictionary
 * drifts from what a reader should see.
 */
export const EXPECTED_SOURCES_WORDS = {
  en: { heading: 'Sources', read: 'Read on ' },
  es: { heading: 'Fuentes', read: 'Consultado el ' },
} as const;
