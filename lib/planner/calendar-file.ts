/**
 * A standard iCalendar (RFC 5545) file with the patient's preparation times,
 * for "Add to calendar". Times are written in UTC ("Z"): every calendar app
 * shows them in the patient's own zone, so no VTIMEZONE block is needed, and
 * the instants were already worked out in the clinic's zone.
 */
import type { PlannerWords, PreparationTimeSet } from './appointment-times';

export type CalendarEvent = {
  /** Stable per appointment and kind, so importing the file again updates instead of duplicating. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** Minutes before the start to show a reminder; omitted for no alarm. */
  alarmMinutesBefore?: number;
};

/** 2026-12-03T14:30:00.000Z → 20261203T143000Z */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after CRLF and a space, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines start with a space, so 74.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/**
 * A whole calendar file around `events` (each its unfolded lines, BEGIN:VEVENT
 * to END:VEVENT), CRLF line endings, each line folded. `product` names the
 * part of the site that made it (the planner, the flush reminder).
 */
export function calendarText(product: string, events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Port Guide//${product}//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events.flat(), 'END:VCALENDAR'];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The planner's file: one timed event per cut-off, each with its alarm. */
export function calendarFile(events: CalendarEvent[], now: Date = new Date()): string {
  return calendarText(
    'Preparation planner',
    events.map((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsUtc(now)}`,
      `DTSTART:${icsUtc(event.start)}`,
      `DTEND:${icsUtc(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      ...(event.alarmMinutesBefore === undefined
        ? []
        : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-PT${event.alarmMinutesBefore}M`, 'END:VALARM']),
      'END:VEVENT',
    ]),
  );
}

export type PreparationCalendarDetails = {
  clinicName: string;
  clinicPhone: string;
  /** Host name for event UIDs, such as "ports.example.org". */
  uidDomain: string;
};

const QUARTER_HOUR = 15 * 60_000;

const fillIn = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * The preparation events: stop fatty food (when the clinic's rule is longer than
 * its food rule), stop eating, stop drinking, arrive (with the
 * driver reminder), in the words' language. `drinkNothing` is the fasting rule's
 * "drink nothing, except a sip of water…" in the same language.
 */
export function preparationEvents(
  times: PreparationTimeSet,
  details: PreparationCalendarDetails,
  words: PlannerWords,
  drinkNothing: string,
): CalendarEvent[] {
  const uid = (kind: string) => `${kind}-${icsUtc(times.appointment)}@${details.uidDomain}`;
  const questions = fillIn(words.calendarQuestions, { clinic: details.clinicName, phone: details.clinicPhone });
  const arrivalEnd = times.appointment.getTime() > times.arrival.getTime() ? times.appointment : new Date(times.arrival.getTime() + QUARTER_HOUR);
  // A cut-off is a quarter-hour reminder, 30 minutes ahead.
  const cutOff = (kind: string, start: Date, summary: string, description: string): CalendarEvent => ({
    uid: uid(kind),
    start,
    end: new Date(start.getTime() + QUARTER_HOUR),
    summary,
    description,
    alarmMinutesBefore: 30,
  });
  return [
    ...(times.lastFattyFood
      ? [cutOff('last-fatty-food', times.lastFattyFood, words.fattyFoodSummary, fillIn(words.fattyFoodDescription, { questions }))]
      : []),
    cutOff('last-solid-food', times.lastSolidFood, words.foodSummary, fillIn(words.foodDescription, { questions })),
    cutOff('last-clear-liquids', times.lastClearLiquids, words.liquidsSummary, fillIn(words.liquidsDescription, { drinkNothing, questions })),
    {
      uid: uid('arrive'),
      start: times.arrival,
      end: arrivalEnd,
      summary: fillIn(words.arriveSummary, { clinic: details.clinicName }),
      description: fillIn(words.arriveDescription, { questions }),
      alarmMinutesBefore: 60,
    },
  ];
}
