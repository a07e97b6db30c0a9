/**
 * The flush reminder's date arithmetic: from the day a port was last flushed,
 * the next days a flush is due, every `intervalWeeks` weeks. Whole calendar
 * days, counted on the UTC calendar (Date.UTC never has a clock change), so a
 * date never drifts by an hour, or by a day, across a daylight-saving change,
 * a month end or a leap day. Only "today" depends on a zone: the clinic's.
 */

/** A day on the calendar, with no time and no zone: month 1 to 12. */
export type CalendarDate = { year: number; month: number; day: number };

/** Why a last-flush date gives no reminders. */
export type FlushProblem = 'empty' | 'notADate' | 'future' | 'overdue';

export type FlushCheck =
  | { ok: true; last: CalendarDate; next: CalendarDate[] }
  /** `due`: for 'overdue', the day the next flush was due. */
  | { ok: false; problem: FlushProblem; due?: CalendarDate };

/** How many coming flush dates the page shows (the calendar file repeats for as long as the patient keeps it). */
export const DATES_SHOWN = 3;

const DAY_MS = 86_400_000;
const asUtc = ({ year, month, day }: CalendarDate) => Date.UTC(year, month - 1, day);
const fromUtc = (ms: number): CalendarDate => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** The day `days` calendar days after `date` (before, if negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(asUtc(date) + days * DAY_MS);
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export const compareDates = (a: CalendarDate, b: CalendarDate) => asUtc(a) - asUtc(b);

/** 2027-01-05 written as an <input type="date"> and ISO 8601 write it. */
export const isoDate = ({ year, month, day }: CalendarDate) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A date field's value ("2027-01-05", what <input type="date"> gives), or
 * 'empty', or 'notADate' for anything else, such as 2027-02-30.
 */
export function parseDate(value: string): CalendarDate | 'empty' | 'notADate' {
  const text = value.trim();
  if (text === '') return 'empty';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'notADate';
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Date.UTC rolls 30 February over into March: a real date comes back unchanged.
  return date.year >= 1 && isoDate(fromUtc(asUtc(date))) === isoDate(date) ? date : 'notADate';
}

/** Today's date on the clock of `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The `count` flush dates after `last`, `intervalWeeks` weeks apart. */
export function nextFlushDates(last: CalendarDate, intervalWeeks: number, count: number = DATES_SHOWN): CalendarDate[] {
  return Array.from({ length: count }, (_, index) => addDays(last, (index + 1) * intervalWeeks * 7));
}

/**
 * Checks the last flush date a patient entered against `today`. It must be a
 * real day, not after today, and recent enough that the next flush is still
 * to come (today counts): once that day has passed the port is overdue, and
 * the patient should call the clinic rather than set reminders from an old date.
 */
export function checkLastFlush(value: string, intervalWeeks: number, today: CalendarDate): FlushCheck {
  const last = parseDate(value);
  if (last === 'empty' || last === 'notADate') return { ok: false, problem: last };
  if (compareDates(last, today) > 0) return { ok: false, problem: 'future' };
  const next = nextFlushDates(last, intervalWeeks);
  if (compareDates(next[0]!, today) < 0) return { ok: false, problem: 'overdue', due: next[0]! };
  return { ok: true, last, next };
}

/** "Tuesday, January 5, 2027" ("martes, 5 de enero de 2027"): the day in the page's locale. */
export function dateInWords(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(asUtc(date));
}
