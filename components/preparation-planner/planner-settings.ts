/** What the server part hands the browser script in `data-planner`, and the ids both use. */
import type { FastingRules, PlannerWords } from '@/lib/planner/appointment-times';

export type PlannerSettings = {
  timeZone: string;
  rules: FastingRules;
  clinicName: string;
  clinicPhone: string;
  /** The site's host name: calendar event ids are unique per site. */
  uidDomain: string;
  /** The page's language: the planner's words (messages, day words, calendar file) travel with the page. */
  words: PlannerWords;
  /** The fasting rule's "drink nothing, except…", in the same language, for the calendar file. */
  drinkNothing: string;
  /** This page on the clinic's own address, for the printed sheet's QR code (lib/patient-link). */
  pageUrl: string;
  /** The QR code's text alternative. */
  qrLabel: string;
};

// One planner per page (only /preparation has it), so fixed ids are unique.
export const PLANNER_IDS = { input: 'planner-appointment', hint: 'planner-hint', error: 'planner-error' } as const;

// Hand checks shared with the staff tool's settings (components/staff-link-tool/staff-settings.ts).
export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
/** The dictionary's planner words: a flat set of strings, checked for shape only. */
export const isWords = (value: unknown): value is PlannerWords =>
  typeof value === 'object' && value !== null && Object.values(value).every((word) => typeof word === 'string');
const isHours = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A data attribute's JSON object, or null. */
export function parseObject(text: string | undefined): Record<string, unknown> | null {
  try {
    const data: unknown = JSON.parse(text ?? '');
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The clinic's fasting and arrival rules, or null. */
export function readRules(value: unknown): FastingRules | null {
  if (typeof value !== 'object' || value === null) return null;
  const { solidFoodHoursBefore, clearLiquidsHoursBefore, fattyFoodHoursBefore, arrivalMinutesBefore } = value as Record<string, unknown>;
  if (!isHours(solidFoodHoursBefore) || !isHours(clearLiquidsHoursBefore) || !isHours(arrivalMinutesBefore)) return null;
  if (fattyFoodHoursBefore !== undefined && !isHours(fattyFoodHoursBefore)) return null;
  return { solidFoodHoursBefore, clearLiquidsHoursBefore, arrivalMinutesBefore, ...(fattyFoodHoursBefore === undefined ? {} : { fattyFoodHoursBefore }) };
}

/** A time zone this browser knows. */
export function isTimeZone(value: unknown): value is string {
  if (!isText(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

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
  if (!isTimeZone(timeZone) || !isText(clinicName) || !isText(clinicPhone) || !isText(uidDomain) || !isText(drinkNothing)) return null;
  if (!isText(pageUrl) || !isText(qrLabel) || !isWords(words) || !rules) return null;
  return { timeZone, clinicName, clinicPhone, uidDomain, rules, words, drinkNothing, pageUrl, qrLabel };
}
