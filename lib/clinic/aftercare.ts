/**
 * The clinic's aftercare values (clinic.aftercare) in the words patients read.
 * Pages, the FAQ's structured data and the procedure summaries all use these,
 * so a value is written once, in the config, and reads the same everywhere.
 */
import type { ClinicConfig } from '@/lib/clinic/config';
import { dictionaryFor, fill, plural, type LanguageCode } from '@/lib/i18n';
import { pageLocale, regionOf } from '@/lib/format/locale';
import { temperatureText } from '@/lib/format/temperature';

export type Aftercare = ClinicConfig['aftercare'];

/** The clinic values the fever line is written from: its value, and the country whose reading comes first. */
type FeverClinic = Pick<ClinicConfig, 'aftercare' | 'address' | 'locale'>;

/** "100.4 °F (38.0 °C)" in the US, "38.0 °C (100.4 °F)" elsewhere (lib/format/temperature.ts). */
export function feverTemperatureText(clinic: FeverClinic, lang: LanguageCode): string {
  const region = regionOf(pageLocale(lang, clinic.address.country, clinic.locale), clinic.address.country);
  return temperatureText(clinic.aftercare.feverCelsius, region);
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
