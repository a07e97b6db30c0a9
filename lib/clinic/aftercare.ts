/**
 * The clinic's aftercare values (clinic.aftercare) in the words patients read.
 * Pages, the FAQ's structured data and the procedure summaries all use these,
 * so a value is written once, in the config, and reads the same everywhere.
 */
import type { ClinicConfig } from '@/lib/clinic/config';
import { dictionaryFor, fill, plural, type LanguageCode } from '@/lib/i18n';

export type Aftercare = ClinicConfig['aftercare'];

/** °C to °F, to one decimal: 38.0 → 100.4, 38.5 → 101.3. */
export function celsiusToFahrenheit(celsius: number): number {
  return Math.round((celsius * 9) / 5 * 10 + 320) / 10;
}

/** "100.4 °F (38.0 °C)": Fahrenheit first for US readers, both with one decimal. */
export function feverTemperatureText(aftercare: Pick<Aftercare, 'feverCelsius'>): string {
  const { feverCelsius } = aftercare;
  return `${celsiusToFahrenheit(feverCelsius).toFixed(1)} °F (${feverCelsius.toFixed(1)} °C)`;
}

/** "1 day", "3 days"; in Spanish "3 días". */
export function daysText(days: number, lang: LanguageCode): string {
  return plural(dictionaryFor(lang).values, 'day', days);
}

/** "7 to 10 days", or "7 days" when the clinic gives one day. */
export function dayRangeText({ from, to }: Aftercare['checkUpDaysAfter'], lang: LanguageCode): string {
  return from === to ? daysText(from, lang) : fill(dictionaryFor(lang).values.dayRange, { from, to });
}

/** "every 4 weeks" ("cada 4 semanas"): how often a port not in use is flushed. */
export function flushIntervalText(aftercare: Pick<Aftercare, 'flushIntervalWeeks'>, lang: LanguageCode): string {
  return fill(dictionaryFor(lang).values.everyWeeks, { count: aftercare.flushIntervalWeeks });
}

/** "Day 7 to 10", or "Day 7": a point on the patient's timeline. */
export function dayOnTimelineText({ from, to }: Aftercare['checkUpDaysAfter'], lang: LanguageCode): string {
  const { values } = dictionaryFor(lang);
  return from === to ? fill(values.timelineDay, { day: from }) : fill(values.timelineDayRange, { from, to });
}
