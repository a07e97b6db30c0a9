/**
 * The flush reminder's calendar file (RFC 5545): one all-day event on the next
 * flush date that repeats every `intervalWeeks` weeks
 * (RRULE:FREQ=WEEKLY;INTERVAL=N), with an alarm a week before so there is time
 * to book it.
 *
 * Why all-day dates (DTSTART;VALUE=DATE) and no VTIMEZONE: a flush is due on a
 * day, not at a clock time. A date-only event is the same calendar day in every
 * zone, so a phone set to another zone (a trip) never moves it to the day
 * before, and it needs no VTIMEZONE block, which calendar apps read unevenly
 * (Outlook and Google map zones by their own tables). The clinic's zone decides
 * which day is "today" when the dates are worked out (flush-dates.ts), and
 * weekly repeats of a date-only event cannot drift across clock changes.
 */
import { calendarText, escapeText, icsUtc } from '@/lib/planner/calendar-file';
import { addDays, isoDate, type CalendarDate } from './flush-dates';

export type FlushCalendarDetails = {
  intervalWeeks: number;
  /** Host name for the event's UID, such as "ports.example.org". */
  uidDomain: string;
  /** The event's title and text, in the page's language, with the clinic's name and phone filled in. */
  summary: string;
  description: string;
  /** The alarm's text, a week before each flush. */
  alarm: string;
};

/** 2027-01-05 → 20270105, an iCalendar DATE value. */
const icsDate = (date: CalendarDate) => isoDate(date).replace(/-/g, '');

/** The file for reminders from `first` (the next flush date) on. */
export function flushCalendarFile(first: CalendarDate, details: FlushCalendarDetails, now: Date = new Date()): string {
  return calendarText('Flush reminder', [
    [
      'BEGIN:VEVENT',
      // Stable per first date, so importing the same file again updates the event instead of adding a second.
      `UID:flush-${icsDate(first)}@${details.uidDomain}`,
      `DTSTAMP:${icsUtc(now)}`,
      `DTSTART;VALUE=DATE:${icsDate(first)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(first, 1))}`,
      `RRULE:FREQ=WEEKLY;INTERVAL=${details.intervalWeeks}`,
      `SUMMARY:${escapeText(details.summary)}`,
      `DESCRIPTION:${escapeText(details.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(details.alarm)}`,
      'TRIGGER:-P7D',
      'END:VALARM',
      'END:VEVENT',
    ],
  ]);
}
