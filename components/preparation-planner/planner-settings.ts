/** What the server part hands the browser script in `data-planner`, and the ids both use. */
import { isText, isTimeZone, isWords, parseObject, readDateTimeStyle, readRules } from '@/components/appointment-times/browser';
import type { DateTimeStyle } from '@/lib/format/date-time';
import type { PreparationRules, PlannerWords } from '@/lib/planner/appointment-times';

export type PlannerSettings = {
  timeZone: string;
  rules: PreparationRules;
  clinicName: string;
  clinicPhone: string;
  /** The site's host name: calendar event ids are unique per site. */
  uidDomain: string;
  /** The page's language: the planner's words (messages, day words, calendar file) travel with the page. */
  words: PlannerWords;
  /** How the clinic's country writes dates and times in this language (lib/format). */
  dateTime: DateTimeStyle;
  /** The fasting rule's "drink nothing, except…", in the same language, for the calendar file. */
  drinkNothing: string;
  /** This page on the clinic's own address, for the printed sheet's QR code (lib/patient-link). */
  pageUrl: string;
  /** The QR code's text alternative. */
  qrLabel: string;
};

// One planner per page (only /preparation has it), so fixed ids are unique.
export const PLANNER_IDS = { input: 'planner-appointment', hint: 'planner-hint', error: 'planner-error' } as const;

/**
 * Reads `data-planner`, checked by hand: the clinic config was validated at
 * build time, so this only guards against markup that is not ours (a schema
 * library would cost the browser about 4 KB compressed). Null if anything is off.
 */
export function readPlannerSettings(text: string | undefined): PlannerSettings | null {
  const data = parseObject(text);
  if (!data) return null;
  const { timeZone, clinicName, clinicPhone, uidDomain, words, drinkNothing, pageUrl, qrLabel } = data;
  const rules = readRules(data.rules);
  const dateTime = readDateTimeStyle(data.dateTime);
  if (!dateTime) return null;
  if (!isTimeZone(timeZone) || !isText(clinicName) || !isText(clinicPhone) || !isText(uidDomain) || !isText(drinkNothing)) return null;
  if (!isText(pageUrl) || !isText(qrLabel) || !isWords(words) || !rules) return null;
  return { timeZone, clinicName, clinicPhone, uidDomain, rules, words, dateTime, drinkNothing, pageUrl, qrLabel };
}
