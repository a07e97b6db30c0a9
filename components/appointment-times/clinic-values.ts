/**
 * The clinic's values both appointment forms (the planner and the staff tool)
 * show or hand their browser scripts, worked out once on the server.
 */
import { clinic } from '@/lib/clinic/config';
import { formatsFor } from '@/lib/format';
import { dictionaryFor, fill, localePath, type LanguageCode } from '@/lib/i18n';
import { beforePeriod, type PreparationRules } from '@/lib/planner/appointment-times';
import { siteUrl } from '@/lib/seo/site';

/** "Mountain Time" for America/Denver ("hora de las Montañas Rocosas" in Spanish): a name that stays right all year. */
export function timeZoneName(timeZone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** The clinic's fasting and arrival rules, as the browser scripts count them back. */
export function preparationRules(): PreparationRules {
  return { ...clinic.fasting, arrivalMinutesBefore: clinic.arrivalMinutesBefore };
}

/** The clinic's own address of /preparation in a language: the patient's link starts here. */
export const preparationPageUrl = (lang: LanguageCode) => siteUrl(localePath(lang, '/preparation'));

/** 3 December, at midday UTC: the 3rd in every clinic's time zone. */
const EXAMPLE_DAY = new Date(Date.UTC(2027, 11, 3, 12));

/**
 * The planner script's words in a language, with its examples written as the
 * clinic's country writes them: "December 3 at 8:30 AM" in the US, "3 December
 * at 8.30am" in the UK; a time "between 12:00 AM and 11:59 PM", or "between
 * midnight and 11.59pm".
 */
// Both sentences end on a time: beforePeriod keeps "8:30 a. m." from ending "a. m..".
export function plannerScriptWords(lang: LanguageCode, formats = formatsFor(lang)) {
  const words = dictionaryFor(lang).plannerScript;
  return {
    ...words,
    format: fill(words.format, { date: formats.dateIn('UTC', EXAMPLE_DAY, { year: false, weekday: false }), time: beforePeriod(formats.clock(8, 30)) }),
    notATime: fill(words.notATime, { first: formats.clock(0, 0), last: beforePeriod(formats.clock(23, 59)) }),
  };
}
