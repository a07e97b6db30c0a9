/**
 * The preparation planner's arithmetic: read an appointment given as clinic
 * wall-clock time ("2026-12-03T08:30"), turn it into an instant in the clinic's
 * time zone, count back the fasting and arrival rules, and say the results as
 * clock times with day words ("Wednesday, December 2, 2026, 11:30 PM — the night before";
 * in Spanish "miércoles, 2 de diciembre de 2026, 11:30 p. m. — la noche anterior"), in
 * the words of the page's dictionary and the date style of the clinic's country
 * (lib/format/date-time.ts), which the caller passes in.
 *
 * Plain functions with no clinic import and no library: the client planner
 * ships this file, so it uses only Intl (through lib/format/date-time.ts).
 *
 * Daylight-saving choices, made on purpose:
 * - Cut-offs count back real elapsed time. "No food for 6 hours" means six
 *   hours on the clock of your body, so across a spring-forward night the
 *   wall-clock gap can look like 7 hours.
 * - A wall time that does not exist (skipped by a spring-forward change) is
 *   refused with a friendly message: we cannot guess what the clinic meant.
 * - A wall time that happens twice (fall-back change) is read as the first,
 *   earlier occurrence, so the cut-offs come earlier: the safe side.
 * - A time shown in words that happens twice (the appointment, or a cut-off
 *   in the repeated hour) says which of the two it is ("…: this is the first
 *   one, before the change"), so no patient eats an hour into the fast.
 */
import type { Dictionary } from '@/lib/i18n/en';
import { clockText, dateText, type DateTimeStyle } from '@/lib/format/date-time';

/** The planner's words in one language (the `plannerScript` part of a dictionary, lib/i18n/). */
export type PlannerWords = Dictionary['plannerScript'];

/** The clinic's fasting and arrival rules, as the planner counts them back (the FastingRules component says them in words). */
export type PreparationRules = {
  solidFoodHoursBefore: number;
  clearLiquidsHoursBefore: number;
  /** Fried or fatty food and meat stop this long before: a separate time only when it is longer than the food rule. */
  fattyFoodHoursBefore?: number;
  arrivalMinutesBefore: number;
};

/** Whether the fatty-food rule says anything the food rule does not (it is longer). */
export function hasFattyFoodRule(rules: Pick<PreparationRules, 'solidFoodHoursBefore' | 'fattyFoodHoursBefore'>): boolean {
  return rules.fattyFoodHoursBefore !== undefined && rules.fattyFoodHoursBefore > rules.solidFoodHoursBefore;
}

/** A clinic-local wall time, as written in the `appointment` link value. */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

export type AppointmentProblem = 'empty' | 'format' | 'not-a-date' | 'not-a-time' | 'skipped-by-clock-change' | 'past';

export type AppointmentResult = { ok: true; wall: WallTime; instant: Date } | { ok: false; problem: AppointmentProblem };

const MESSAGE_KEYS = {
  empty: 'empty',
  format: 'format',
  'not-a-date': 'notADate',
  'not-a-time': 'notATime',
  'skipped-by-clock-change': 'skipped',
  past: 'past',
} as const satisfies Record<AppointmentProblem, keyof PlannerWords>;

/** What a patient reads for each problem: what went wrong and what to do. */
export function problemMessage(problem: AppointmentProblem, words: PlannerWords): string {
  return words[MESSAGE_KEYS[problem]];
}

/** Fills {name} placeholders (the planner's own copy of lib/i18n's fill, kept tiny for the browser). */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

const APPOINTMENT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function wallFields(value: string): WallTime {
  const [, year, month, day, hour, minute] = (APPOINTMENT_PATTERN.exec(value) ?? []).map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0 };
}

/**
 * The zone-free part of the check: the value's shape and that it names a real
 * calendar day and a real clock time. Plain code rather than a schema library:
 * the browser ships this file, and these four checks cost a few hundred bytes
 * where zod/mini cost about 4 KB compressed.
 */
export function checkAppointmentValue(value: string): { ok: true; value: string } | { ok: false; problem: AppointmentProblem } {
  const trimmed = value.trim();
  if (trimmed.length === 0) return { ok: false, problem: 'empty' };
  if (!APPOINTMENT_PATTERN.test(trimmed)) return { ok: false, problem: 'format' };
  const { year, month, day, hour, minute } = wallFields(trimmed);
  if (!(year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return { ok: false, problem: 'not-a-date' };
  if (!(hour <= 23 && minute <= 59)) return { ok: false, problem: 'not-a-time' };
  return { ok: true, value: trimmed };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a zone (24-hour, so midnight is 0). */
export function wallTimeIn(instant: Date, timeZone: string): WallTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function asUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * Every instant a clinic wall time names, earliest first: none if the zone
 * skips it (spring forward), two if it happens twice (fall back). Tries each
 * UTC offset the zone uses within a day either side and keeps those that read
 * back as the same wall time.
 */
export function wallTimeInstants(wall: WallTime, timeZone: string): Date[] {
  const naive = asUtc(wall);
  const offsets = new Set(
    [naive - 24 * HOUR, naive, naive + 24 * HOUR].map((probe) => asUtc(wallTimeIn(new Date(probe), timeZone)) - probe),
  );
  return [...offsets]
    .map((offset) => naive - offset)
    .filter((candidate) => sameWallTime(wallTimeIn(new Date(candidate), timeZone), wall))
    .sort((a, b) => a - b)
    .map((candidate) => new Date(candidate));
}

/** The instant a clinic wall time names, or null if the zone skips it; of two (a fall-back hour), the earlier. */
export function wallTimeToInstant(wall: WallTime, timeZone: string): Date | null {
  return wallTimeInstants(wall, timeZone)[0] ?? null;
}

/**
 * Reads an `appointment` value (clinic local time) and checks it is a real,
 * future time in the clinic's zone. `now` is injectable for tests.
 */
export function parseAppointment(value: string | null | undefined, timeZone: string, now: Date = new Date()): AppointmentResult {
  const failure = (problem: AppointmentProblem): AppointmentResult => ({ ok: false, problem });
  const checked = checkAppointmentValue(value ?? '');
  if (!checked.ok) return failure(checked.problem);
  const wall = wallFields(checked.value);
  const instant = wallTimeToInstant(wall, timeZone);
  if (!instant) return failure('skipped-by-clock-change');
  if (instant.getTime() <= now.getTime()) return failure('past');
  return { ok: true, wall, instant };
}

/** One appointment's cut-offs and arrival time (the PreparationTimes component lists them for the patient). */
export type PreparationTimeSet = {
  appointment: Date;
  /** Only when the clinic's fatty-food rule is longer than its food rule. */
  lastFattyFood?: Date;
  lastSolidFood: Date;
  lastClearLiquids: Date;
  arrival: Date;
};

/** Counts the clinic's rules back from the appointment, in elapsed time. */
export function preparationTimes(appointment: Date, rules: PreparationRules): PreparationTimeSet {
  const before = (minutes: number) => new Date(appointment.getTime() - Math.round(minutes) * MINUTE);
  return {
    appointment,
    ...(hasFattyFoodRule(rules) ? { lastFattyFood: before(rules.fattyFoodHoursBefore! * 60) } : {}),
    lastSolidFood: before(rules.solidFoodHoursBefore * 60),
    lastClearLiquids: before(rules.clearLiquidsHoursBefore * 60),
    arrival: before(rules.arrivalMinutesBefore),
  };
}

function dayNumber(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day) / (24 * HOUR);
}

/**
 * Where a time falls relative to the appointment day, in the words a patient
 * would use: 1:30 AM on the appointment day is still "the night before".
 */
export function dayWords(time: WallTime, appointment: WallTime, words: PlannerWords): string {
  const daysBefore = dayNumber(appointment) - dayNumber(time);
  if (daysBefore === 0) {
    if (time.hour < 5) return words.nightBeforeAfterMidnight;
    if (time.hour < 12) return words.sameMorning;
    if (time.hour < 17) return words.sameAfternoon;
    return words.sameEvening;
  }
  if (daysBefore === 1) {
    if (time.hour >= 17) return words.nightBefore;
    if (time.hour >= 12) return words.afternoonBefore;
    return words.dayBefore;
  }
  return fillIn(words.daysBefore, { count: daysBefore });
}

export type TimeInWords = {
  day: string;
  clock: string;
  relation: string;
  /** Only when the clocks go back and this clock time comes twice that day: which of the two it is. */
  clockChange: string;
  full: string;
};

/** One time as the planner shows it, in the clinic's zone, the words' language and the country's way of writing dates and times (lib/format). */
export function timeInWords(
  instant: Date,
  appointment: Date,
  timeZone: string,
  words: PlannerWords,
  style: DateTimeStyle,
  { year = true }: { year?: boolean } = {},
): TimeInWords {
  const time = wallTimeIn(instant, timeZone);
  const day = dateText(instant, timeZone, style, { year });
  const clock = clockText(time.hour, time.minute, style);
  const relation = instant.getTime() === appointment.getTime() ? '' : dayWords(time, wallTimeIn(appointment, timeZone), words);
  // A clock time the clocks go back over comes twice: "1:30 AM" alone could be an hour early or an hour late.
  const occurrences = wallTimeInstants(time, timeZone);
  const isFirst = occurrences[0]?.getTime() === instant.getTime() - (instant.getTime() % MINUTE);
  const clockChange = occurrences.length > 1 ? fillIn(isFirst ? words.clockBackFirst : words.clockBackSecond, { clock }) : '';
  const said = relation ? `${day}, ${clock} — ${relation}` : `${day}, ${clock}`;
  // "1:30 a. m." already ends a sentence.
  return { day, clock, relation, clockChange, full: clockChange ? `${said}${said.endsWith('.') ? '' : '.'} ${clockChange}` : said };
}

/** A time said before a sentence's own period: "8:30 a. m." loses its last dot, so "{arrival}." never reads "a. m..". */
export function beforePeriod(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** "2026-12-03T08:30" for a wall time: the `appointment` link value. */
export function appointmentValue(wall: WallTime): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${wall.year}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}`;
}
