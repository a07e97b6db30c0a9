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
 * - each time is shown as the clinic's wall clock in its zone.
 *
 * Seeded, so a failure reproduces; fast-check prints the seed and the
 * shrunk counterexample when a run fails.
 */
import fc from 'fast-check';
import { Temporal } from '@js-temporal/polyfill';
import { en } from '../i18n/en';
import { parseAppointment, preparationTimes, timeInWords, wallTimeIn, type PreparationRules } from './appointment-times';
import { preparationEvents } from './calendar-file';

const SEED = 20_270_314;
const RUNS = 3_000;

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

/** Each zone's clock changes between START and END, by Temporal. */
const TRANSITIONS: Record<string, Temporal.ZonedDateTime[]> = Object.fromEntries(
  ZONES.map((zone) => {
    const found: Temporal.ZonedDateTime[] = [];
    let at: Temporal.ZonedDateTime | null = START.toZonedDateTime(zone);
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

/** The English planner's clock text, from Temporal's hour and minute. */
function expectedClock(time: Temporal.ZonedDateTime): string {
  if (time.minute === 0 && time.hour === 0) return '12:00 AM';
  const twelve = time.hour % 12 === 0 ? 12 : time.hour % 12;
  return `${twelve}:${String(time.minute).padStart(2, '0')} ${time.hour < 12 ? 'AM' : 'PM'}`;
}

/** The English planner's words for where a cut-off falls, from Temporal's calendar. */
function expectedRelation(time: Temporal.ZonedDateTime, appointment: Temporal.ZonedDateTime): string {
  if (time.epochMilliseconds === appointment.epochMilliseconds) return '';
  const days = time.toPlainDate().until(appointment.toPlainDate(), { largestUnit: 'days' }).days;
  if (days === 0) return time.hour < 5 ? 'the night before, after midnight' : time.hour < 12 ? 'the same morning' : time.hour < 17 ? 'the same afternoon' : 'the same evening';
  if (days === 1) return time.hour >= 17 ? 'the night before' : time.hour >= 12 ? 'the afternoon before' : 'the day before';
  return `${days} days before`;
}

function check({ zone, wall }: Case, rules: PreparationRules): void {
  const value = wall.toString({ smallestUnit: 'minute' });
  const result = parseAppointment(value, zone, NOW);
  const first = wall.toZonedDateTime(zone, { disambiguation: 'earlier' });
  // In a gap, 'earlier' moves the wall clock back by the gap's length: the time does not exist.
  if (!first.toPlainDateTime().equals(wall)) {
    expect(result).toEqual({ ok: false, problem: 'skipped-by-clock-change' });
    return;
  }
  if (!result.ok) throw new Error(`${value} in ${zone}: expected times, got '${result.problem}'`);
  expect(result.instant.getTime(), `${value} in ${zone}`).toBe(first.epochMilliseconds);
  expect(result.wall).toEqual({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute });

  const times = preparationTimes(result.instant, rules);
  const minutesOf = (hoursBefore: number) => Math.round(hoursBefore * 60);
  const fatty = rules.fattyFoodHoursBefore !== undefined && rules.fattyFoodHoursBefore > rules.solidFoodHoursBefore;
  const expected: [string, Date | undefined, Temporal.ZonedDateTime][] = [
    ['appointment', times.appointment, first],
    ...(fatty ? [['lastFattyFood', times.lastFattyFood, first.subtract({ minutes: minutesOf(rules.fattyFoodHoursBefore!) })] as [string, Date | undefined, Temporal.ZonedDateTime]] : []),
    ['lastSolidFood', times.lastSolidFood, first.subtract({ minutes: minutesOf(rules.solidFoodHoursBefore) })],
    ['lastClearLiquids', times.lastClearLiquids, first.subtract({ minutes: minutesOf(rules.clearLiquidsHoursBefore) })],
    ['arrival', times.arrival, first.subtract({ minutes: rules.arrivalMinutesBefore })],
  ];
  if (!fatty) expect(times.lastFattyFood).toBeUndefined();

  for (const [name, actual, want] of expected) {
    const label = `${name} for ${value} in ${zone} (${JSON.stringify(rules)})`;
    expect(actual?.getTime(), label).toBe(want.epochMilliseconds);
    const shown = wallTimeIn(actual!, zone);
    expect(shown, label).toEqual({ year: want.year, month: want.month, day: want.day, hour: want.hour, minute: want.minute });
    const words = timeInWords(actual!, result.instant, zone, en.plannerScript);
    expect(words.day, label).toBe(`${WEEKDAYS[want.dayOfWeek - 1]} ${want.day} ${MONTHS[want.month - 1]} ${want.year}`);
    expect(words.clock, label).toBe(expectedClock(want));
    expect(words.relation, label).toBe(expectedRelation(want, first));
  }

  // The calendar file's reminders start at the same instants, in the same order.
  const events = preparationEvents(times, { clinicName: 'Clinic', clinicPhone: '1', uidDomain: 'example.org' }, en.plannerScript, 'Drink nothing.');
  expect(events.map((event) => event.start.getTime())).toEqual(expected.slice(1).map(([, , want]) => want.epochMilliseconds));
}

describe('the planner against an independent clock (Temporal)', () => {
  it('uses at least 20 zones, and finds clock changes in the north and the south', () => {
    expect(ZONES.length).toBeGreaterThanOrEqual(20);
    expect(ZONES_WITH_CHANGES).toEqual(expect.arrayContaining(['America/Denver', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Pacific/Chatham']));
    expect(ZONES_WITH_CHANGES).not.toEqual(expect.arrayContaining(['America/Phoenix']));
  });

  it(`agrees on every cut-off for ${RUNS} random appointments and rule sets (seed ${SEED})`, () => {
    const cases = fc.oneof({ arbitrary: nearAClockChange, weight: 3 }, { arbitrary: anyTime, weight: 1 });
    let gaps = 0;
    let twice = 0;
    fc.assert(
      fc.property(cases, ruleSets, (appointment, rules) => {
        const { zone, wall } = appointment;
        const first = wall.toZonedDateTime(zone, { disambiguation: 'earlier' });
        if (!first.toPlainDateTime().equals(wall)) gaps += 1;
        else if (first.offsetNanoseconds !== wall.toZonedDateTime(zone, { disambiguation: 'later' }).offsetNanoseconds) twice += 1;
        check(appointment, rules);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The weighting does its job: the runs include skipped and repeated wall times.
    expect(gaps).toBeGreaterThan(50);
    expect(twice).toBeGreaterThan(50);
  });
});
