/**
 * Which locale a page is written for: its language, in the clinic's country
 * (en + US → en-US, en + GB → en-GB, es + US → es-US), unless the clinic's
 * config sets `locale`. Then a page in the locale's own language uses it as it
 * is ("en-IE"), and a page in another language takes its region ("en-IE" makes
 * Spanish pages "es-IE").
 */

/** Whether a BCP 47 tag is well formed and Intl can format dates for it (by itself or a fallback such as "es" for "es-IE"). */
export function isSupportedLocale(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && canonical.toLowerCase() !== 'und' && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length === 1;
  } catch {
    return false;
  }
}

/** The locale of a page in `language` for a clinic in `country`, with the config's `locale` when it has one. */
export function pageLocale(language: string, country: string, configured?: string): string {
  if (configured) {
    const locale = new Intl.Locale(Intl.getCanonicalLocales(configured)[0]!);
    if (locale.language === language) return locale.baseName;
    return new Intl.Locale(language, { region: locale.region ?? country }).baseName;
  }
  return new Intl.Locale(language, { region: country }).baseName;
}

/** The region a locale is for ("GB" for "en-GB"), or `fallback` when it names none. */
export function regionOf(locale: string, fallback: string): string {
  return new Intl.Locale(locale).region ?? fallback;
}
