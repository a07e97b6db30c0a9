/**
 * Hand checks for the settings a server part hands its browser script in a
 * data attribute (the planner's `data-planner`, the staff tool's `data-staff`).
 * The clinic config was validated at build time, so these only guard against
 * markup that is not ours; a schema library would cost the browser about 4 KB
 * compressed.
 */
import type { PreparationRules, PlannerWords } from '@/lib/planner/appointment-times';

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
export function readRules(value: unknown): PreparationRules | null {
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
