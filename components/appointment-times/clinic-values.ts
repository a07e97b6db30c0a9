/**
 * The clinic's values both appointment forms (the planner and the staff tool)
 * show or hand their browser scripts, worked out once on the server.
 */
import { clinic } from '@/lib/clinic/config';
import { localePath, type LanguageCode } from '@/lib/i18n';
import type { PreparationRules } from '@/lib/planner/appointment-times';
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
