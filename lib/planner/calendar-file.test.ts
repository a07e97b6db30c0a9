import { icsDate, parseEvents } from '../../tests/support/ics';
import { en } from '../i18n/en';
import { clinicalWordsFor } from '../content/clinical-wording';
import { LANGUAGE_INFO } from '../i18n';
import { parseAppointment, preparationTimes } from './appointment-times';
import { calendarFile, escapeText, foldLine, icsUtc, preparationEvents } from './calendar-file';

const NOW = new Date('2026-06-01T12:00:00Z');
const details = { clinicName: 'Riverbend Vascular & Interventional Clinic', clinicPhone: '(303) 555-0142', uidDomain: 'port-guide.example.org' };

function fileFor(value: string, lang: 'en' | 'es' = 'en') {
  const result = parseAppointment(value, 'America/Denver', NOW);
  if (!result.ok) throw new Error(result.problem);
  const times = preparationTimes(result.instant, { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 4, arrivalMinutesBefore: 60 });
  return { times, ics: calendarFile(preparationEvents(times, details, LANGUAGE_INFO[lang].dictionary.plannerScript, clinicalWordsFor(lang).fasting.drinkNothingAfter), NOW) };
}

it('writes UTC date-times', () => {
  expect(icsUtc(new Date('2026-12-03T14:30:00Z'))).toBe('20261203T143000Z');
});

it('holds the cut-offs and arrival as UTC instants, written out by hand for 7:30 AM MST (UTC-7)', () => {
  const { ics } = fileFor('2026-12-03T07:30');
  const [food, liquids, arrive] = parseEvents(ics);
  expect(food?.DTSTART).toBe('20261203T083000Z'); // 1:30 AM MST, 6 hours before
  expect(liquids?.DTSTART).toBe('20261203T103000Z'); // 3:30 AM MST, 4 hours before
  expect(arrive?.DTSTART).toBe('20261203T133000Z'); // 6:30 AM MST, 60 minutes before
  expect(arrive?.DTEND).toBe('20261203T143000Z'); // the appointment, 7:30 AM MST
  expect(icsDate(food?.DTSTART)).toEqual(new Date('2026-12-03T08:30:00Z'));
  expect(food?.SUMMARY).toBe('Port procedure: last solid food');
  expect(arrive?.SUMMARY).toBe('Arrive at Riverbend Vascular & Interventional Clinic for your port procedure');
  expect(arrive?.DESCRIPTION).toContain('not a taxi or rideshare on your own. For 24 hours, do not drive, drink alcohol or take sleeping pills');
  expect(arrive?.DESCRIPTION).toContain('(303) 555-0142');
  expect(food?.alarms).toEqual([{ ACTION: 'DISPLAY', DESCRIPTION: 'Port procedure: last solid food', TRIGGER: '-PT30M' }]);
});

it('adds a fatty-food reminder first when the clinic has that rule: 8 hours before 7:30 AM MST is 11:30 PM MST', () => {
  const result = parseAppointment('2026-12-03T07:30', 'America/Denver', NOW);
  if (!result.ok) throw new Error(result.problem);
  const times = preparationTimes(result.instant, { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 8, arrivalMinutesBefore: 60 });
  const events = parseEvents(calendarFile(preparationEvents(times, details, en.plannerScript, clinicalWordsFor('en').fasting.drinkNothingAfter), NOW));
  expect(events.map((event) => event.SUMMARY)).toEqual([
    'Port procedure: last fatty food or meat',
    'Port procedure: last solid food',
    'Port procedure: last clear liquids',
    'Arrive at Riverbend Vascular & Interventional Clinic for your port procedure',
  ]);
  expect(events[0]?.DTSTART).toBe('20261203T063000Z');
  expect(events[2]?.DTSTART).toBe('20261203T123000Z'); // 5:30 AM MST, 2 hours before
  expect(events[0]?.UID).toBe('last-fatty-food-20261203T143000Z@port-guide.example.org');
});

it('has the required structure: CRLF only, VERSION, PRODID, unique UIDs and a DTSTAMP on each event', () => {
  const { ics } = fileFor('2027-03-14T07:30');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const events = parseEvents(ics);
  expect(events).toHaveLength(3);
  expect(new Set(events.map((e) => e.UID)).size).toBe(3);
  for (const event of events) {
    expect(event.DTSTAMP).toBe('20260601T120000Z');
    expect(icsDate(event.DTEND).getTime()).toBeGreaterThan(icsDate(event.DTSTART).getTime());
  }
  expect(events[0]?.UID).toBe('last-solid-food-20270314T133000Z@port-guide.example.org');
});

it('keeps every physical line within 75 octets', () => {
  const { ics } = fileFor('2026-12-03T07:30');
  for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
});

it('folds long lines without splitting a multi-byte character, and unfolds back to the original', () => {
  const line = `SUMMARY:${'Café — '.repeat(20)}`;
  const folded = foldLine(line);
  for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
  expect(folded.split('\r\n').slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
  expect(folded.replace(/\r\n /g, '')).toBe(line);
  expect(foldLine('SHORT:line')).toBe('SHORT:line');
});

it('escapes commas, semicolons, backslashes and newlines in text', () => {
  expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  const ics = calendarFile([{ uid: 'x@y', start: NOW, end: new Date(NOW.getTime() + 60_000), summary: 'Eat, then; stop', description: 'Line 1\nLine 2' }], NOW);
  const [event] = parseEvents(ics);
  expect(event?.SUMMARY).toBe('Eat, then; stop');
  expect(event?.DESCRIPTION).toBe('Line 1\nLine 2');
});

it('writes the events in the page language: Spanish titles, reminders and descriptions', () => {
  const [food, liquids, arrive] = parseEvents(fileFor('2026-12-03T07:30', 'es').ics);
  expect(food?.SUMMARY).toBe('Colocación del puerto: última comida sólida');
  expect(food?.alarms).toEqual([{ ACTION: 'DISPLAY', DESCRIPTION: 'Colocación del puerto: última comida sólida', TRIGGER: '-PT30M' }]);
  expect(liquids?.DESCRIPTION).toContain('Después de esta hora, no tome nada, solo un sorbo de agua');
  expect(arrive?.SUMMARY).toBe('Llegue a Riverbend Vascular & Interventional Clinic para la colocación del puerto');
  expect(arrive?.DESCRIPTION).toContain('¿Preguntas? Llame a Riverbend Vascular & Interventional Clinic al (303) 555-0142.');
});
