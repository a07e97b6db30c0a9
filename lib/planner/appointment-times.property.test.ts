// @vitest-environment node
/**
 * The planner's clock arithmetic checked against an independent clock: for
 * thousands of random appointments in many time zones (most of them within a
 * day and a half of a daylight-saving change), every time the planner works
 * out is compared with what Temporal (@js-temporal/polyfill, an independent
 * implementation of time-zone arithmetic) says it should be. No expected value
 * here comes from lib/planner/appointment-times.ts.
 *
 * The rules being checked (see the header of appointment-times.ts):
 * - a wall time the clocks skip is refused ('skipped-by-clock-change');
 * - a wall time that happens twice is read as the first, earlier one
 *   (Temporal's disambiguation 'earlier');
 * - cut-offs count back real elapsed time, rounded to the whole minute
 *   (Temporal's ZonedDateTime.subtract with minutes is exact time);
 * - each time is shown as the clinic's wall clock in its zone, and a clock
 *   time that comes twice (clocks go back) says which of the two it is.
 *
 * Seeded, so a failure reproduces; fast-check prints the seed and the
 * shrunk counterexample when a run fails.
 */
import fc from 'fast-check';
import { Temporal } from '@js-temporal/polyfill';
import { en } from '../i18n/en';
import { dateTimeStyle } from '../format/house-style';
import { parseAppointment, preparationTimes, timeInWords, wallTimeIn, type PreparationRules } from './appointment-times';
import { preparationEvents } from './calendar-file';

const US_ENGLISH = dateTimeStyle('en-US');

const SEED = 20_270_314;
const RUNS = 2_000;

/**
 * DST in the north and the south, at 2:00, at midnight (Santiago, Havana,
 * Asuncion), 30-minute DST (Lord Howe), 2-hour DST (Troll), half-hour and
 * 45-minute offsets, Ramadan changes (Casablanca), and zones without DST.
 */
const ZONES = [
  'America/Denver',
  'America/New_York',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/Havana',
  'America/Asuncion',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Antarctica/Troll',
  'UTC',
] as const;

/** Every appointment is in the future of this moment, and before END. */
const NOW = new Date('2026-01-01T00:00:00Z');
const START = Temporal.PlainDateTime.from('2026-01-02T00:00');
const END = Temporal.PlainDateTime.from('2036-12-31T23:59');

/** Each zone's clock changes from two days before START (the longest cut-off reaches back 28 hours) to END, by Temporal. */
const TRANSITIONS: Record<string, Temporal.ZonedDateTime[]> = Object.fromEntries(
  ZONES.map((zone) => {
    const found: Temporal.ZonedDateTime[] = [];
    let at: Temporal.ZonedDateTime | null = START.subtract({ days: 2 }).toZonedDateTime(zone);
    while ((at = at.getTimeZoneTransition('next')) && Temporal.PlainDateTime.compare(at.toPlainDateTime(), END) < 0) found.push(at);
    return [zone, found];
  }),
);
const ZONES_WITH_CHANGES = ZONES.filter((zone) => TRANSITIONS[zone]!.length > 0);

type Case = { zone: string; wall: Temporal.PlainDateTime };

/** A wall time up to 36 hours either side of a clock change (mostly within 3 hours), so many fall in a gap or a repeated hour. */
const nearAClockChange: fc.Arbitrary<Case> = fc
  .record({
    zone: fc.constantFrom(...ZONES_WITH_CHANGES),
    which: fc.nat(),
    minutes: fc.oneof(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -36 * 60, max: 36 * 60 })),
  })
  .map(({ zone, which, minutes }) => {
    const changes = TRANSITIONS[zone]!;
    // The wall clock just after the change, moved by wall-clock minutes: lands in the gap or the repeated hour too.
    return { zone, wall: changes[which % changes.length]!.toPlainDateTime().add({ minutes }) };
  });

/** Any minute of any day in the range. */
const anyTime: fc.Arbitrary<Case> = fc
  .record({ zone: fc.constantFrom(...ZONES), minutes: fc.integer({ min: 0, max: START.until(END, { largestUnit: 'minutes' }).minutes }) })
  .map(({ zone, minutes }) => ({ zone, wall: START.add({ minutes }) }));

/** Hours as the config allows them (0–24, lib/clinic/config.ts), whole minutes or any fraction. */
const hours = (minMinutes: number, maxMinutes: number) =>
  fc.oneof(
    fc.integer({ min: minMinutes, max: maxMinutes }).map((minutes) => minutes / 60),
    fc.double({ min: minMinutes / 60, max: maxMinutes / 60, noNaN: true }),
  );

/** A rule set within the config's limits: clear liquids shorter than food, fatty food at least food (or absent), arrival 0–240 minutes. */
const ruleSets: fc.Arbitrary<PreparationRules> = hours(1, 24 * 60)
  .chain((solid) =>
    fc.record({
      solidFoodHoursBefore: fc.constant(solid),
      clearLiquidsHoursBefore: hours(0, Math.ceil(solid * 60) - 1).filter((clear) => clear < solid),
      fattyFoodHoursBefore: fc.option(hours(Math.ceil(solid * 60), 24 * 60), { nil: undefined }),
      arrivalMinutesBefore: fc.integer({ min: 0, max: 240 }),
    }),
  )
  .map(({ fattyFoodHoursBefore, ...rest }) => (fattyFoodHoursBefore === undefined ? rest : { ...rest, fattyFoodHoursBefore }));

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One expected time, read off Temporal once: its instant, wall clock, weekday, and whether that wall clock comes twice. */
type Want = { ms: number; wall: Temporal.PlainDateTime; dayOfWeek: number; twice: 'no' | 'first' | 'second' };

/** The clock changes' instants, a day either side of the range: a wall time can only come twice near one. */
const CHANGE_MS: Record<string, number[]> = Object.fromEntries(
  ZONES.map((zone) => [zone, TRANSITIONS[zone]!.map((change) => change.epochMilliseconds)]),
);
const THREE_HOURS = 3 * 3_600_000;

function want(time: Temporal.ZonedDateTime, zone: string): Want {
  const wall = time.toPlainDateTime();
  const ms = time.epochMilliseconds;
  let twice: Want['twice'] = 'no';
  // The largest change going back is 2 hours (Troll): farther than 3 hours from a change, a wall time comes once.
  if (CHANGE_MS[zone]!.some((change) => Math.abs(change - ms) <= THREE_HOURS)) {
    const earlier = wall.toZonedDateTime(zone, { disambiguation: 'earlier' }).epochMilliseconds;
    const later = wall.toZonedDateTime(zone, { disambiguation: 'later' }).epochMilliseconds;
    if (earlier !== later) twice = ms === earlier ? 'first' : 'second';
  }
  return { ms, wall, dayOfWeek: wall.dayOfWeek, twice };
}

/** The English planner's clock text, from Temporal's hour and minute. */
function expectedClock({ hour, minute }: Temporal.PlainDateTime): string {
  if (minute === 0 && hour === 0) return '12:00 AM';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** The English planner's words for where a cut-off falls, from Temporal's calendar. */
function expectedRelation(time: Want, appointment: Want): string {
  if (time.ms === appointment.ms) return '';
  const { hour } = time.wall;
  const days = time.wall.toPlainDate().until(appointment.wall.toPlainDate(), { largestUnit: 'days' }).days;
  if (days === 0) return hour < 5 ? 'the night before, after midnight' : hour < 12 ? 'the same morning' : hour < 17 ? 'the same afternoon' : 'the same evening';
  if (days === 1) return hour >= 17 ? 'the night before' : hour >= 12 ? 'the afternoon before' : 'the day before';
  return `${days} days before`;
}

/** The whole line, with the note a wall time needs when the clocks go back over it. */
function expectedFull(time: Want, appointment: Want): string {
  const { year, month, day } = time.wall;
  const relation = expectedRelation(time, appointment);
  const said = `${WEEKDAYS[time.dayOfWeek - 1]}, ${MONTHS[month - 1]} ${day}, ${year}, ${expectedClock(time.wall)}${relation ? ` — ${relation}` : ''}`;
  if (time.twice === 'no') return said;
  const which = time.twice === 'first' ? 'first one, before' : 'second one, after';
  return `${said}. The clocks go back, so ${expectedClock(time.wall)} comes twice that day: this is the ${which} the change`;
}

/** Checks one appointment; says whether its wall time was skipped, came twice or came once. */
function check({ zone, wall }: Case, rules: PreparationRules): 'skipped' | 'twice' | 'once' {
  const value = wall.toString({ smallestUnit: 'minute' });
  const result = parseAppointment(value, zone, NOW);
  const first = wall.toZonedDateTime(zone, { disambiguation: 'earlier' });
  // In a gap, 'earlier' moves the wall clock back by the gap's length: the time does not exist.
  if (!first.toPlainDateTime().equals(wall)) {
    expect(result).toEqual({ ok: false, problem: 'skipped-by-clock-change' });
    return 'skipped';
  }
  if (!result.ok) throw new Error(`${value} in ${zone}: expected times, got '${result.problem}'`);
  expect(result.instant.getTime(), `${value} in ${zone}`).toBe(first.epochMilliseconds);
  expect(result.wall).toEqual({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute });

  const times = preparationTimes(result.instant, rules);
  const before = (minutes: number) => want(first.subtract({ minutes }), zone);
  // Hours are counted back to the nearest whole minute.
  const minutesOf = (hoursBefore: number) => Math.round(hoursBefore * 60);
  const fatty = rules.fattyFoodHoursBefore !== undefined && rules.fattyFoodHoursBefore > rules.solidFoodHoursBefore;
  const appointment = want(first, zone);
  const expected: [string, Date | undefined, Want][] = [
    ['appointment', times.appointment, appointment],
    ...(fatty ? [['lastFattyFood', times.lastFattyFood, before(minutesOf(rules.fattyFoodHoursBefore!))] as [string, Date | undefined, Want]] : []),
    ['lastSolidFood', times.lastSolidFood, before(minutesOf(rules.solidFoodHoursBefore))],
    ['lastClearLiquids', times.lastClearLiquids, before(minutesOf(rules.clearLiquidsHoursBefore))],
    ['arrival', times.arrival, before(rules.arrivalMinutesBefore)],
  ];
  if (!fatty) expect(times.lastFattyFood).toBeUndefined();

  for (const [name, actual, time] of expected) {
    const label = `${name} for ${value} in ${zone} (${JSON.stringify(rules)})`;
    expect(actual?.getTime(), label).toBe(time.ms);
    const { year, month, day, hour, minute } = time.wall;
    expect(wallTimeIn(actual!, zone), label).toEqual({ year, month, day, hour, minute });
    const words = timeInWords(actual!, result.instant, zone, en.plannerScript, US_ENGLISH);
    expect(words.day, label).toBe(`${WEEKDAYS[time.dayOfWeek - 1]}, ${MONTHS[month - 1]} ${day}, ${year}`);
    expect(words.clock, label).toBe(expectedClock(time.wall));
    expect(words.relation, label).toBe(expectedRelation(time, appointment));
    expect(words.full, label).toBe(expectedFull(time, appointment));
  }

  // The calendar file's reminders start at the same instants, in the same order.
  const events = preparationEvents(times, { clinicName: 'Clinic', clinicPhone: '1', uidDomain: 'example.org' }, en.plannerScript, 'Drink nothing.');
  expect(events.map((event) => event.start.getTime())).toEqual(expected.slice(1).map(([, , time]) => time.ms));
  return appointment.twice === 'no' ? 'once' : 'twice';
}

describe('the planner against an independent clock (Temporal)', () => {
  it('uses at least 20 zones, and finds clock changes in the north and the south', () => {
    expect(ZONES.length).toBeGreaterThanOrEqual(20);
    expect(ZONES_WITH_CHANGES).toEqual(expect.arrayContaining(['America/Denver', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Pacific/Chatham']));
    expect(ZONES_WITH_CHANGES).not.toEqual(expect.arrayContaining(['America/Phoenix']));
  });

  it(`agrees on every cut-off for ${RUNS} random appointments and rule sets (seed ${SEED})`, () => {
    const cases = fc.oneof({ arbitrary: nearAClockChange, weight: 3 }, { arbitrary: anyTime, weight: 1 });
    const seen = { skipped: 0, twice: 0, once: 0 };
    fc.assert(
      fc.property(cases, ruleSets, (appointment, rules) => {
        seen[check(appointment, rules)] += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The weighting does its job: the runs include skipped and repeated wall times.
    expect(seen.skipped).toBeGreaterThan(50);
    expect(seen.twice).toBeGreaterThan(50);
    // Generous: the machine may be shared; alone this takes a few seconds.
  }, 120_000);
});
