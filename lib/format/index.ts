/**
 * One place for how the site writes dates, times, phone numbers and
 * temperatures, for every page, the planner, the staff tool, the calendar
 * file, the print sheet and the structured data. The locale comes from the
 * page's language and the clinic's `address.country`, or the config's `locale`
 * (locale.ts); docs/configure-a-clinic.md says what each country changes.
 */
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import { dateText, dateTimeText, timeText, clockText, type DateTimeStyle } from './date-time';
import { dateTimeStyle } from './house-style';
import { pageLocale, regionOf } from './locale';
import { phoneE164, phoneHref, phoneText } from './phone';
import { temperatureText } from './temperature';

export { dateText, dateTimeText, timeText, clockText, type DateTimeStyle } from './date-time';
export { celsiusToFahrenheit } from './temperature';

type FormatClinic = Pick<ClinicConfig, 'address' | 'locale' | 'timeZone'>;

/** How a clinic's pages in a language write dates and times (the page scripts get this as JSON). */
export function dateTimeStyleFor(clinic: Pick<ClinicConfig, 'address' | 'locale'>, lang: string): DateTimeStyle {
  return dateTimeStyle(pageLocale(lang, clinic.address.country, clinic.locale));
}

/** The formats of one clinic's pages in one language. */
export function clinicFormats(clinic: FormatClinic, lang: string) {
  const locale = pageLocale(lang, clinic.address.country, clinic.locale);
  const region = regionOf(locale, clinic.address.country);
  const style = dateTimeStyle(locale);
  const country = clinic.address.country;
  return {
    locale,
    region,
    dateTime: style,
    phone: (value: string) => phoneText(value, country),
    phoneHref: (value: string) => phoneHref(value, country),
    phoneE164: (value: string) => phoneE164(value, country),
    temperature: (celsius: number) => temperatureText(celsius, region),
    date: (instant: Date, options?: { year?: boolean; weekday?: boolean }) => dateText(instant, clinic.timeZone, style, options),
    time: (instant: Date) => timeText(instant, clinic.timeZone, style),
    /** A calendar date that belongs to no zone (a review date, read as UTC midnight). */
    dateIn: (timeZone: string, instant: Date, options?: { year?: boolean; weekday?: boolean }) => dateText(instant, timeZone, style, options),
    dateTimeText: (instant: Date) => dateTimeText(instant, clinic.timeZone, style),
    clock: (hour: number, minute: number) => clockText(hour, minute, style),
  };
}

export type Formats = ReturnType<typeof clinicFormats>;

/** The configured clinic's formats in a language. */
export const formatsFor = (lang: string, clinic: FormatClinic = configuredClinic): Formats => clinicFormats(clinic, lang);
