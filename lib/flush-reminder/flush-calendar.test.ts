// The flush reminder's calendar file, read back by an iCalendar parser that is
// not ours (ical.js, Mozilla's, used by Thunderbird): it parses, repeats every N
// weeks, and its first three occurrences are the dates the page shows, written
// out here by hand.
import ICAL from 'ical.js';
import { flushCalendarFile, type FlushCalendarDetails } from './flush-calendar';

const details = (intervalWeeks: number): FlushCalendarDetails => ({
  intervalWeeks,
  uidDomain: 'ports.example.org',
  summary: 'Port flush due',
  description: 'Call Riverbend Vascular & Interventional Clinic on +1 303-555-0142, to book your flush; ask; then note it.',
  alarm: 'Your port flush is due in a week.',
});

const NOW = new Date('2027-01-20T18:00:00Z');

function firstOccurrences(ics: string, count: number): string[] {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  const iterator = event.iterator();
  return Array.from({ length: count }, () => iterator.next()!.toString());
}

it('parses, as one all-day event repeating every 4 weeks from the next flush date', () => {
  const ics = flushCalendarFile({ year: 2027, month: 2, day: 3 }, details(4), NOW);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
  expect(rule.freq).toBe('WEEKLY');
  expect(rule.interval).toBe(4);
  const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
  expect(start.isDate).toBe(true);
  expect(start.toString()).toBe('2027-02-03');
  expect((vevent.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2027-02-04');
  // The clinic's name and phone, with RFC 5545's escaped commas and semicolons read back as written.
  expect(vevent.getFirstPropertyValue('description')).toBe(details(4).description);
  expect(vevent.getFirstPropertyValue('summary')).toBe('Port flush due');
  expect(vevent.getFirstPropertyValue('uid')).toBe('flush-20270203@ports.example.org');
  const alarm = vevent.getFirstSubcomponent('valarm')!;
  expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-P7D');
  expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=4\r\n');
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
});

it('expands to the dates the page shows, across the spring clock change', () => {
  const ics = flushCalendarFile({ year: 2027, month: 2, day: 3 }, details(4), NOW);
  expect(firstOccurrences(ics, 3)).toEqual(['2027-02-03', '2027-03-03', '2027-03-31']);
});

it('repeats every 12 weeks for a 12-week clinic, across a year end and a leap day', () => {
  const ics = flushCalendarFile({ year: 2027, month: 12, day: 15 }, details(12), NOW);
  expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=12\r\n');
  expect(firstOccurrences(ics, 3)).toEqual(['2027-12-15', '2028-03-08', '2028-05-31']);
});

it('folds long lines at 75 octets', () => {
  const long = { ...details(4), description: 'Llame a la clínica para pedir su cita de lavado. '.repeat(6) };
  const lines = flushCalendarFile({ year: 2027, month: 2, day: 3 }, long, NOW).split('\r\n');
  for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  expect(new ICAL.Component(ICAL.parse(flushCalendarFile({ year: 2027, month: 2, day: 3 }, long, NOW))).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description')).toBe(long.description);
});
