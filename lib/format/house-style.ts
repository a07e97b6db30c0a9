/**
 * Where a national style guide for patient information writes dates and times
 * differently from Intl's own output. Looked up by the full locale, then by
 * its language; anything not listed is written as Intl writes it.
 */
import type { DateTimeStyle } from './date-time';

type HouseRules = Omit<DateTimeStyle, 'locale'>;

const HOUSE_STYLES: Record<string, HouseRules> = {
  // NHS digital service manual, "Numbers, measurements, dates and time": "Wednesday 6 August 2018",
  // "5.30pm" (not 1730hrs), "9am" (not 9.00am), "midnight" (not 00:00 or 12am), "midday" (not 12 noon or 12pm).
  'en-GB': { hour12: true, am: 'am', pm: 'pm', minuteSeparator: '.', joinDayPeriod: true, noon: 'midday', midnight: 'midnight', noWeekdayComma: true, wholeHours: true },
  // The RAE's "a. m." and "p. m." (Intl writes "a.m."), and noon and midnight in words: with p. m. or a. m.
  // many readers cannot tell 12:00 at noon from 12:00 at night. Only on a 12-hour clock (es-US, not es-ES).
  es: { am: 'a. m.', pm: 'p. m.', noon: '12:00 del mediodía', midnight: '12:00 de la noche' },
};

/** The date and time style of a locale: Intl's, with the house rules for it or its language. */
export function dateTimeStyle(locale: string): DateTimeStyle {
  const language = new Intl.Locale(locale).language;
  return { locale, ...(HOUSE_STYLES[locale] ?? HOUSE_STYLES[language] ?? {}) };
}
