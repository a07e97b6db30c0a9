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
