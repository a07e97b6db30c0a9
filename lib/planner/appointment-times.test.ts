import defaultClinic from '../clinic/default-clinic.json';
import secondClinic from '../../tests/fixtures/second-clinic.json';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { clockText } from '../format/date-time';
import { dateTimeStyle } from '../format/house-style';
import {
  appointmentValue,
  beforePeriod,
  parseAppointment,
  problemMessage,
  preparationTimes,
  timeInWords,
  wallTimeToInstant,
  type PreparationRules,
} from './appointment-times';

const NOW = new Date('2026-06-01T12:00:00Z');
const US_ENGLISH = dateTimeStyle('en-US');
const US_SPANISH = dateTimeStyle('es-US');
const rulesOf = (c: typeof defaultClinic | typeof secondClinic): PreparationRules => ({ ...c.fasting, arrivalMinutesBefore: c.arrivalMinutesBefore });

/** Parses a future appointment and returns each planner time in words. */
function plan(value: string, timeZone: string, rules: PreparationRules) {
  const result = parseAppointment(value, timeZone, NOW);
  if (!result.ok) throw new Error(`expected ${value} to parse, got ${result.problem}`);
  const times = preparationTimes(result.instant, rules);
  const words = (d: Date) => timeInWords(d, result.instant, timeZone, en.plannerScript, US_ENGLISH).full;
  return {
    instant: result.instant,
    fatty: times.lastFattyFood ? words(times.lastFattyFood) : undefined,
    food: words(times.lastSolidFood),
    liquids: words(times.lastClearLiquids),
    arrival: words(times.arrival),
    times,
  };
}

describe('reading clinic wall time in the clinic zone', () => {
  it('turns a Denver winter morning into the right instant (UTC-7)', () => {
    expect(parseAppointment('2026-12-03T07:30', 'America/Denver', NOW)).toMatchObject({
      ok: true,
      instant: new Date('2026-12-03T14:30:00Z'),
    });
  });

  it('uses the clinic zone, not the zone of the machine', () => {
    const denver = parseAppointment('2026-12-03T07:30', 'America/Denver', NOW);
    const la = parseAppointment('2026-12-03T07:30', 'America/Los_Angeles', NOW);
    expect(denver.ok && la.ok && la.instant.getTime() - denver.instant.getTime()).toBe(60 * 60 * 1000);
  });

  it('ignores spaces around the value (pasted links)', () => {
    expect(parseAppointment(' 2026-12-03T07:30 ', 'America/Denver', NOW).ok).toBe(true);
  });

  it('reads a time that happens twice (clocks go back) as the first, earlier one', () => {
    // Denver 2026-11-01: 1:59 MDT is followed by 1:00 MST, so 1:30 happens twice.
    expect(wallTimeToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/Denver')).toEqual(
      new Date('2026-11-01T07:30:00Z'),
    );
  });

  it('finds no instant for a time the clocks skip', () => {
    expect(wallTimeToInstant({ year: 2027, month: 3, day: 14, hour: 2, minute: 30 }, 'America/Denver')).toBeNull();
  });
});

describe('cut-offs across midnight', () => {
  it('6 hours before a 7:30 AM slot is 1:30 AM the same day', () => {
    const { fatty, food, liquids, arrival } = plan('2026-12-03T07:30', 'America/Denver', rulesOf(defaultClinic));
    // The default clinic's fatty-food rule is 8 hours: 11:30 PM the night before.
    expect(fatty).toBe('Wednesday, December 2, 2026, 11:30 PM — the night before');
    expect(food).toBe('Thursday, December 3, 2026, 1:30 AM — the night before, after midnight');
    expect(liquids).toBe('Thursday, December 3, 2026, 5:30 AM — the same morning');
    expect(arrival).toBe('Thursday, December 3, 2026, 6:30 AM — the same morning');
  });

  it('an 8 hour rule from 7:30 AM is 11:30 PM the night before', () => {
    const { fatty, food, liquids, arrival } = plan('2026-12-03T07:30', 'America/Los_Angeles', rulesOf(secondClinic));
    expect(fatty).toBeUndefined();
    expect(food).toBe('Wednesday, December 2, 2026, 11:30 PM — the night before');
    expect(liquids).toBe('Thursday, December 3, 2026, 5:30 AM — the same morning');
    expect(arrival).toBe('Thursday, December 3, 2026, 6:45 AM — the same morning');
  });

  it('crosses a month and a year boundary', () => {
    const { food } = plan('2027-01-01T07:00', 'America/Los_Angeles', rulesOf(secondClinic));
    expect(food).toBe('Thursday, December 31, 2026, 11:00 PM — the night before');
  });
});

describe('cut-offs across a daylight-saving change in the clinic zone', () => {
  it('spring forward (Denver 2027-03-14): 6 hours before 7:30 AM MDT is 12:30 AM MST', () => {
    const { instant, times, food, liquids } = plan('2027-03-14T07:30', 'America/Denver', rulesOf(defaultClinic));
    expect(instant).toEqual(new Date('2027-03-14T13:30:00Z'));
    expect(times.lastSolidFood).toEqual(new Date('2027-03-14T07:30:00Z'));
    expect(food).toBe('Sunday, March 14, 2027, 12:30 AM — the night before, after midnight');
    // 2 real hours before 7:30 AM MDT is 5:30 AM MDT: the skipped hour is not counted twice.
    expect(liquids).toBe('Sunday, March 14, 2027, 5:30 AM — the same morning');
  });

  it('fall back (Denver 2026-11-01): 6 hours before 7:30 AM MST is the second 1:30 AM, not 12:30 AM', () => {
    const { instant, times, food, arrival } = plan('2026-11-01T07:30', 'America/Denver', rulesOf(defaultClinic));
    expect(instant).toEqual(new Date('2026-11-01T14:30:00Z'));
    expect(times.lastSolidFood).toEqual(new Date('2026-11-01T08:30:00Z'));
    // The clock shows 1:00–2:00 twice that night; this is the second 1:30 (MST), after the change, and says so.
    expect(food).toBe(
      'Sunday, November 1, 2026, 1:30 AM — the night before, after midnight. The clocks go back, so 1:30 AM comes twice that day: this is the second one, after the change',
    );
    expect(arrival).toBe('Sunday, November 1, 2026, 6:30 AM — the same morning');
  });

  it('an 8 hour rule across the Los Angeles spring-forward night', () => {
    // 2027-03-14 7:30 AM PDT = 14:30 UTC; 8 h earlier is 06:30 UTC = 10:30 PM PST on the 13th.
    const { food } = plan('2027-03-14T07:30', 'America/Los_Angeles', rulesOf(secondClinic));
    expect(food).toBe('Saturday, March 13, 2027, 10:30 PM — the night before');
  });
});

describe('other fasting rules', () => {
  it('gives no separate fatty-food time when that rule is no longer than the food rule', () => {
    const rules = { solidFoodHoursBefore: 8, clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 8, arrivalMinutesBefore: 30 };
    expect(plan('2026-12-03T07:30', 'America/Denver', rules).fatty).toBeUndefined();
    expect(plan('2026-12-03T07:30', 'America/Denver', { ...rules, fattyFoodHoursBefore: 10 }).fatty).toBe(
      'Wednesday, December 2, 2026, 9:30 PM — the night before',
    );
  });

  it('an afternoon slot keeps every cut-off on the same day', () => {
    const { food, liquids, arrival } = plan('2026-12-03T14:00', 'America/Denver', rulesOf(defaultClinic));
    expect(food).toBe('Thursday, December 3, 2026, 8:00 AM — the same morning');
    expect(liquids).toBe('Thursday, December 3, 2026, 12:00 PM — the same afternoon');
    expect(arrival).toBe('Thursday, December 3, 2026, 1:00 PM — the same afternoon');
  });

  it('handles half hours and a rule of 0 hours', () => {
    const { food, liquids } = plan('2026-12-03T09:00', 'Europe/London', {
      solidFoodHoursBefore: 6.5,
      clearLiquidsHoursBefore: 0,
      arrivalMinutesBefore: 30,
    });
    expect(food).toBe('Thursday, December 3, 2026, 2:30 AM — the night before, after midnight');
    expect(liquids).toBe('Thursday, December 3, 2026, 9:00 AM');
  });

  it('a 24 hour rule is the day before at the same time', () => {
    const { food } = plan('2026-12-03T10:15', 'America/Denver', { solidFoodHoursBefore: 24, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 0 });
    expect(food).toBe('Wednesday, December 2, 2026, 10:15 AM — the day before');
  });

  it('a midday cut-off the day before is "the afternoon before"', () => {
    const { food } = plan('2026-12-03T06:00', 'America/Denver', { solidFoodHoursBefore: 17, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 0 });
    expect(food).toBe('Wednesday, December 2, 2026, 1:00 PM — the afternoon before');
  });
});

describe('bad input gets a friendly message, never an exception', () => {
  const cases: [string | null | undefined, string][] = [
    ['garbage', 'format'],
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['2026-02-30T08:00', 'not-a-date'],
    ['2026-13-01T08:00', 'not-a-date'],
    ['2027-02-29T08:00', 'not-a-date'],
    ['2026-12-03T25:00', 'not-a-time'],
    ['2026-12-03T08:60', 'not-a-time'],
    ['2026-12-03', 'format'],
    ['2026-12-03T8:30', 'format'],
    ['2026-12-03T08:30:00', 'format'],
    ['2026-12-03T08:30Z', 'format'],
    ['<script>alert(1)</script>', 'format'],
    ['2026-05-01T08:00', 'past'],
    ['2026-06-01T06:00', 'past'], // 12:00 UTC is 6:00 AM in Denver: exactly now is not in the future
    ['2027-03-14T02:30', 'skipped-by-clock-change'],
  ];
  for (const [value, problem] of cases) {
    it(`${JSON.stringify(value)} → ${problem}`, () => {
      const result = parseAppointment(value, 'America/Denver', NOW);
      expect(result).toEqual({ ok: false, problem });
    });
  }

  it('accepts a leap day that exists and a time one minute in the future', () => {
    expect(parseAppointment('2028-02-29T08:00', 'America/Denver', NOW).ok).toBe(true);
    expect(parseAppointment('2026-06-01T06:01', 'America/Denver', NOW).ok).toBe(true);
  });

  it('every message tells the patient what to do in plain words', () => {
    const problems = ['empty', 'format', 'not-a-date', 'not-a-time', 'skipped-by-clock-change', 'past'] as const;
    for (const message of problems.flatMap((problem) => [problemMessage(problem, en.plannerScript), problemMessage(problem, es.plannerScript)])) {
      expect(message).toMatch(/^[A-ZÁÉÍÓÚÑ].*\.$/);
      expect(message).not.toMatch(/invalid|error|regex|ISO/i);
      // An example with a year would soon be a date in the past, which the planner itself refuses.
      expect(message).not.toMatch(/\b(19|20)\d\d\b/);
    }
  });
});

it('writes clock times the way patients read them', () => {
  expect(clockText(0, 0, US_ENGLISH)).toBe('12:00 AM');
  expect(clockText(12, 5, US_ENGLISH)).toBe('12:05 PM');
  expect(clockText(23, 30, US_ENGLISH)).toBe('11:30 PM');
  expect(clockText(8, 30, US_SPANISH)).toBe('8:30 a. m.');
  expect(clockText(23, 30, US_SPANISH)).toBe('11:30 p. m.');
  expect(clockText(12, 0, US_ENGLISH)).toBe('12:00 PM');
  // Spanish says noon and midnight in words: "12:00 p. m." reads as either to many.
  expect(clockText(12, 0, US_SPANISH)).toBe('12:00 del mediodía');
  expect(clockText(0, 0, US_SPANISH)).toBe('12:00 de la noche');
  expect(clockText(12, 30, US_SPANISH)).toBe('12:30 p. m.');
});

it('writes a wall time back as the link value', () => {
  expect(appointmentValue({ year: 2026, month: 12, day: 3, hour: 8, minute: 5 })).toBe('2026-12-03T08:05');
});

describe('in Spanish', () => {
  it('says the day with Intl names and the clock with a. m. / p. m.', () => {
    const result = parseAppointment('2027-06-15T08:30', 'America/Denver', NOW);
    if (!result.ok) throw new Error(result.problem);
    expect(timeInWords(result.instant, result.instant, 'America/Denver', es.plannerScript, US_SPANISH).full).toBe('martes, 15 de junio de 2027, 8:30 a. m.');
    const times = preparationTimes(result.instant, { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 4, arrivalMinutesBefore: 60 });
    expect(timeInWords(times.lastSolidFood, result.instant, 'America/Denver', es.plannerScript, US_SPANISH).full).toBe(
      'martes, 15 de junio de 2027, 2:30 a. m. — de madrugada (después de la medianoche)',
    );
    expect(timeInWords(times.arrival, result.instant, 'America/Denver', es.plannerScript, US_SPANISH).full).toBe('martes, 15 de junio de 2027, 7:30 a. m. — esa misma mañana');
  });

  it('says noon in words', () => {
    const result = parseAppointment('2027-06-15T18:00', 'America/Denver', NOW);
    if (!result.ok) throw new Error(result.problem);
    const times = preparationTimes(result.instant, { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 4, arrivalMinutesBefore: 60 });
    expect(timeInWords(times.lastSolidFood, result.instant, 'America/Denver', es.plannerScript, US_SPANISH).full).toBe(
      'martes, 15 de junio de 2027, 12:00 del mediodía — esa misma tarde',
    );
  });

  it('says the evening before and several days before', () => {
    const result = parseAppointment('2027-01-04T07:00', 'America/Denver', NOW);
    if (!result.ok) throw new Error(result.problem);
    const times = preparationTimes(result.instant, { solidFoodHoursBefore: 12, clearLiquidsHoursBefore: 4, arrivalMinutesBefore: 60 });
    expect(timeInWords(times.lastSolidFood, result.instant, 'America/Denver', es.plannerScript, US_SPANISH).full).toBe('domingo, 3 de enero de 2027, 7:00 p. m. — la noche anterior');
    const early = new Date(result.instant.getTime() - 3 * 24 * 3600_000);
    expect(timeInWords(early, result.instant, 'America/Denver', es.plannerScript, US_SPANISH).relation).toBe('3 días antes');
  });
});

it('a time that ends a sentence gives up its own last dot, so "{arrival}." never reads "a. m.."', () => {
  expect(beforePeriod('martes, 15 de junio de 2027, 8:30 a. m.')).toBe('martes, 15 de junio de 2027, 8:30 a. m');
  expect(`${beforePeriod('martes, 15 de junio de 2027, 8:30 a. m.')}.`).toBe('martes, 15 de junio de 2027, 8:30 a. m.');
  expect(beforePeriod('Tuesday, June 15, 2027, 7:30 AM — the same morning')).toBe('Tuesday, June 15, 2027, 7:30 AM — the same morning');
});
