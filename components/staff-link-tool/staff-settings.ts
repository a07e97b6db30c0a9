/** What the staff page's server part hands its browser script in `data-staff`, and the ids both use. */
import { isText, isTimeZone, isWords, parseObject, readDateTimeStyle, readRules } from '@/components/appointment-times/browser';
import type { DateTimeStyle } from '@/lib/format/date-time';
import type { PreparationRules, PlannerWords } from '@/lib/planner/appointment-times';

/** One language a patient can get their link, email and letter in. */
export type PatientLanguage = {
  code: string;
  /** The language's own name ("Español"). */
  name: string;
  /** Its name in the staff page's English ("Spanish"). */
  staffName: string;
  /** The clinic's /preparation page in that language, absolute. */
  pageUrl: string;
  /** That language's planner words: day and time words for the email and the letter. */
  words: PlannerWords;
  /** How the clinic's country writes dates and times in that language (lib/format). */
  dateTime: DateTimeStyle;
  /** The email's subject, with {date}. */
  emailSubject: string;
  /** The email's text, with {appointment}, {food}, {liquids}, {arrival} and {link}. */
  emailBody: string;
  /** The letter's QR code's text alternative. */
  qrLabel: string;
};

export type StaffSettings = {
  timeZone: string;
  rules: PreparationRules;
  /** "Ready for {appointment}, in {language}." */
  ready: string;
  copied: string;
  copyFailed: string;
  /** English first: its words are also the staff page's messages for bad input. */
  languages: PatientLanguage[];
};

export const STAFF_IDS = { input: 'staff-appointment', hint: 'staff-hint', error: 'staff-error' } as const;

function isLanguage(value: unknown): value is PatientLanguage {
  if (typeof value !== 'object' || value === null) return false;
  const { code, name, staffName, pageUrl, words, emailSubject, emailBody, qrLabel } = value as Record<string, unknown>;
  return [code, name, staffName, pageUrl, emailSubject, emailBody, qrLabel].every(isText) && isWords(words) && readDateTimeStyle((value as Record<string, unknown>).dateTime) !== null && /^https?:\/\//.test(pageUrl as string);
}

/**
 * Reads `data-staff`, checked by hand as the planner's is (the config was
 * validated at build time; this guards against markup that is not ours).
 * Null if anything is off.
 */
export function readStaffSettings(text: string | undefined): StaffSettings | null {
  const data = parseObject(text);
  if (!data) return null;
  const { timeZone, ready, copied, copyFailed, languages } = data;
  const rules = readRules(data.rules);
  if (!isTimeZone(timeZone) || !isText(ready) || !isText(copied) || !isText(copyFailed) || !rules) return null;
  if (!Array.isArray(languages) || !languages.every(isLanguage) || languages[0]?.code !== 'en') return null;
  return { timeZone, rules, ready, copied, copyFailed, languages };
}
