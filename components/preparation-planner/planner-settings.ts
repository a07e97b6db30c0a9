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
};

// One planner per page (only /preparation has it), so fixed ids are unique.
export const PLANNER_IDS = { input: 'planner-appointment', hint: 'planner-hint', error: 'planner-error' } as const;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isHours = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Reads `data-planner`, checked by hand: the clinic config was validated at
 * build time, so this only guards against markup that is not ours (a schema
 * library would cost the browser about 4 KB compressed). Null if anything is off.
 */
export function readPlannerSettings(text: string | undefined): PlannerSettings | null {
  let data: unknown;
  try {
    data = JSON.parse(text ?? '');
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { timeZone, rules, clinicName, clinicPhone, uidDomain, words, drinkNothing } = data as Record<string, unknown>;
  if (!isText(timeZone) || !isText(clinicName) || !isText(clinicPhone) || !isText(uidDomain) || !isText(drinkNothing)) return null;
  // The words are the dictionary's planner part: a flat set of strings, checked for shape only.
  if (typeof words !== 'object' || words === null || !Object.values(words).every((word) => typeof word === 'string')) return null;
  if (typeof rules !== 'object' || rules === null) return null;
  const { solidFoodHoursBefore, clearLiquidsHoursBefore, arrivalMinutesBefore } = rules as Record<string, unknown>;
  if (!isHours(solidFoodHoursBefore) || !isHours(clearLiquidsHoursBefore) || !isHours(arrivalMinutesBefore)) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return null;
  }
  return {
    timeZone,
    clinicName,
    clinicPhone,
    uidDomain,
    rules: { solidFoodHoursBefore, clearLiquidsHoursBefore, arrivalMinutesBefore },
    words: words as PlannerWords,
    drinkNothing,
  };
}
