/** What the server part hands the flush reminder's browser script in `data-flush-reminder`, and the ids both use. */
import { isText, isTimeZone, isWords, parseObject } from '@/components/appointment-times/browser';
import type { Dictionary } from '@/lib/i18n';

export type FlushReminderWords = Dictionary['flushReminderScript'];

export type FlushReminderSettings = {
  /** The clinic's zone: which day is "today". */
  timeZone: string;
  intervalWeeks: number;
  /** "every 4 weeks", for the calendar file's text. */
  intervalText: string;
  clinicName: string;
  clinicPhone: string;
  /** The site's host name: calendar event ids are unique per site. */
  uidDomain: string;
  /** Intl locale for the dates ("en-US", "es-US"). */
  locale: string;
  /** The page's language: one script serves every language. */
  words: FlushReminderWords;
};

// One reminder per page (only /using-your-port has it), so fixed ids are unique.
export const FLUSH_REMINDER_IDS = { input: 'flush-last-date', hint: 'flush-hint', error: 'flush-error' } as const;

const isWeeks = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/**
 * Reads `data-flush-reminder`, checked by hand as the planner's settings are
 * (the config was validated at build time). Null if anything is off.
 */
export function readFlushReminderSettings(text: string | undefined): FlushReminderSettings | null {
  const data = parseObject(text);
  if (!data) return null;
  const { timeZone, intervalWeeks, intervalText, clinicName, clinicPhone, uidDomain, locale, words } = data;
  if (!isTimeZone(timeZone) || !isWeeks(intervalWeeks) || !isText(intervalText) || !isText(clinicName) || !isText(clinicPhone)) return null;
  if (!isText(uidDomain) || !isText(locale) || !isWords(words)) return null;
  return { timeZone, intervalWeeks, intervalText, clinicName, clinicPhone, uidDomain, locale, words: words as unknown as FlushReminderWords };
}
