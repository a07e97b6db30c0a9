/** What the server part hands the browser script in `data-planner`, and the ids both use. */
import type { FastingRules } from '@/lib/planner/appointment-times';

export type PlannerSettings = {
  timeZone: string;
  rules: FastingRules;
  clinicName: string;
  clinicPhone: string;
  /** The site's host name: calendar event ids are unique per site. */
  uidDomain: string;
};

// One planner per page (only /preparation has it), so fixed ids are unique.
export const PLANNER_IDS = { input: 'planner-appointment', hint: 'planner-hint', error: 'planner-error' } as const;
