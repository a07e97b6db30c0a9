/**
 * The two nights a year the clocks change, checked by hand in Denver
 * (America/Denver: MST is UTC-7, MDT is UTC-6). Every expected value below is
 * a known clock time written out by hand, never worked out by the code under test.
 *
 * - 2027-03-14: at 2:00 AM MST the clocks jump to 3:00 AM MDT, so 2:00–2:59 does not exist.
 * - 2027-11-07: at 2:00 AM MDT the clocks go back to 1:00 AM MST, so 1:00–1:59 happens twice.
 */
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { dateTimeStyle } from '../format/house-style';
import { parseAppointment, preparationTimes, problemMessage, timeInWords, type PlannerWords, type PreparationRules } from './appointment-times';

const DENVER = 'America/Denver';
const NOW = new Date('2026-06-01T12:00:00Z');

function plan(value: string, rules: PreparationRules) {
  const result = parseAppointment(value, DENVER, NOW);
  if (!result.ok) throw new Error(`expected ${value} to parse, got ${result.problem}`);
  const times = preparationTimes(result.instant, rules);
  const say = (instant: Date, words: PlannerWords) => timeInWords(instant, result.instant, DENVER, words, dateTimeStyle(words === es.plannerScript ? 'es-US' : 'en-US')).full;
  return { instant: result.instant, times, say };
}

describe('spring forward: an appointment time that does not exist', () => {
  it('2:30 AM on 14 March 2027 is refused with its own message, in English and Spanish', () => {
    const result = parseAppointment('2027-03-14T02:30', DENVER, NOW);
    expect(result).toEqual({ ok: false, problem: 'skipped-by-clock-change' });
    if (result.ok) return;
    expect(problemMessage(result.problem, en.plannerScript)).toBe(
      'That time is skipped when the clocks go forward, so it cannot be your appointment time. Check the time with the clinic.',
    );
    expect(problemMessage(result.problem, es.plannerScript)).toBe(
      'Ese día se adelantan los relojes y esa hora no existe, así que no puede ser la hora de su cita. Confirme la hora con la clínica.',
    );
  });

  it('the whole skipped hour is refused; the minutes either side are not', () => {
    expect(parseAppointment('2027-03-14T02:00', DENVER, NOW)).toEqual({ ok: false, problem: 'skipped-by-clock-change' });
    expect(parseAppointment('2027-03-14T02:59', DENVER, NOW)).toEqual({ ok: false, problem: 'skipped-by-clock-change' });
    expect(parseAppointment('2027-03-14T01:59', DENVER, NOW)).toMatchObject({ ok: true, instant: new Date('2027-03-14T08:59:00Z') });
    expect(parseAppointment('2027-03-14T03:00', DENVER, NOW)).toMatchObject({ ok: true, instant: new Date('2027-03-14T09:00:00Z') });
  });
});

describe('fall back: an appointment time that happens twice', () => {
  it('1:30 AM on 7 November 2027 is read as the first one (MDT) and says so, in English and Spanish', () => {
    const { instant, say } = plan('2027-11-07T01:30', { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 30 });
    // The first 1:30 AM is MDT, 07:30 UTC; the second would be 08:30 UTC.
    expect(instant).toEqual(new Date('2027-11-07T07:30:00Z'));
    expect(say(instant, en.plannerScript)).toBe(
      'Sunday, November 7, 2027, 1:30 AM. The clocks go back, so 1:30 AM comes twice that day: this is the first one, before the change',
    );
    expect(say(instant, es.plannerScript)).toBe(
      'domingo, 7 de noviembre de 2027, 1:30 a. m. Ese día se atrasan los relojes y la hora 1:30 a. m. se repite: esta es la primera vez, antes del cambio',
    );
  });

  it('the minutes either side of the repeated hour happen once and say nothing extra', () => {
    const before = plan('2027-11-07T00:59', { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 30 });
    expect(before.instant).toEqual(new Date('2027-11-07T06:59:00Z'));
    expect(before.say(before.instant, en.plannerScript)).toBe('Sunday, November 7, 2027, 12:59 AM');
    const after = plan('2027-11-07T02:00', { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 30 });
    expect(after.instant).toEqual(new Date('2027-11-07T09:00:00Z'));
    expect(after.say(after.instant, en.plannerScript)).toBe('Sunday, November 7, 2027, 2:00 AM');
  });
});

/** The appointment, fatty food, food, clear liquids and arrival: in UTC, then as the planner says them in English and Spanish. */
type HandWritten = { why: string; value: string; rules: PreparationRules; utc: string[]; en: string[]; es: string[] };

const BACK_FIRST = 'The clocks go back, so 1:30 AM comes twice that day: this is the first one, before the change';
const BACK_SECOND = 'The clocks go back, so 1:30 AM comes twice that day: this is the second one, after the change';
const ATRASAN_PRIMERA = 'Ese día se atrasan los relojes y la hora 1:30 a. m. se repite: esta es la primera vez, antes del cambio';
const ATRASAN_SEGUNDA = 'Ese día se atrasan los relojes y la hora 1:30 a. m. se repite: esta es la segunda vez, después del cambio';

const cutOffs: HandWritten[] = [
  {
    // 8:00 AM MDT = 14:00 UTC. Six real hours earlier is 08:00 UTC = 1:00 AM MST: the clock shows 7 hours between them.
    why: 'spring forward: 6 hours before 8:00 AM is 1:00 AM and 5 hours before is 3:00 AM (2:00 AM never comes)',
    value: '2027-03-14T08:00',
    rules: { fattyFoodHoursBefore: 8, solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 5, arrivalMinutesBefore: 60 },
    utc: ['2027-03-14T14:00', '2027-03-14T06:00', '2027-03-14T08:00', '2027-03-14T09:00', '2027-03-14T13:00'],
    en: [
      'Sunday, March 14, 2027, 8:00 AM',
      'Saturday, March 13, 2027, 11:00 PM — the night before',
      'Sunday, March 14, 2027, 1:00 AM — the night before, after midnight',
      'Sunday, March 14, 2027, 3:00 AM — the night before, after midnight',
      'Sunday, March 14, 2027, 7:00 AM — the same morning',
    ],
    es: [
      'domingo, 14 de marzo de 2027, 8:00 a. m.',
      'sábado, 13 de marzo de 2027, 11:00 p. m. — la noche anterior',
      'domingo, 14 de marzo de 2027, 1:00 a. m. — de madrugada (después de la medianoche)',
      'domingo, 14 de marzo de 2027, 3:00 a. m. — de madrugada (después de la medianoche)',
      'domingo, 14 de marzo de 2027, 7:00 a. m. — esa misma mañana',
    ],
  },
  {
    // 7:30 AM MST = 14:30 UTC. 7 hours earlier is 07:30 UTC = the first 1:30 AM (MDT);
    // 6 hours earlier is 08:30 UTC = the second 1:30 AM (MST); 8 hours earlier is 06:30 UTC = 12:30 AM MDT.
    why: 'fall back: cut-offs in the repeated hour say which 1:30 AM they mean',
    value: '2027-11-07T07:30',
    rules: { fattyFoodHoursBefore: 8, solidFoodHoursBefore: 7, clearLiquidsHoursBefore: 6, arrivalMinutesBefore: 60 },
    utc: ['2027-11-07T14:30', '2027-11-07T06:30', '2027-11-07T07:30', '2027-11-07T08:30', '2027-11-07T13:30'],
    en: [
      'Sunday, November 7, 2027, 7:30 AM',
      'Sunday, November 7, 2027, 12:30 AM — the night before, after midnight',
      `Sunday, November 7, 2027, 1:30 AM — the night before, after midnight. ${BACK_FIRST}`,
      `Sunday, November 7, 2027, 1:30 AM — the night before, after midnight. ${BACK_SECOND}`,
      'Sunday, November 7, 2027, 6:30 AM — the same morning',
    ],
    es: [
      'domingo, 7 de noviembre de 2027, 7:30 a. m.',
      'domingo, 7 de noviembre de 2027, 12:30 a. m. — de madrugada (después de la medianoche)',
      `domingo, 7 de noviembre de 2027, 1:30 a. m. — de madrugada (después de la medianoche). ${ATRASAN_PRIMERA}`,
      `domingo, 7 de noviembre de 2027, 1:30 a. m. — de madrugada (después de la medianoche). ${ATRASAN_SEGUNDA}`,
      'domingo, 7 de noviembre de 2027, 6:30 a. m. — esa misma mañana',
    ],
  },
];

describe('cut-offs that land next to the skipped hour or in the repeated hour', () => {
  for (const { why, value, rules, ...expected } of cutOffs) {
    it(`${value}: ${why}`, () => {
      const { times, say } = plan(value, rules);
      const all = [times.appointment, times.lastFattyFood!, times.lastSolidFood, times.lastClearLiquids, times.arrival];
      expect(all.map((time) => time.toISOString().slice(0, 16))).toEqual(expected.utc);
      expect(all.map((time) => say(time, en.plannerScript))).toEqual(expected.en);
      expect(all.map((time) => say(time, es.plannerScript))).toEqual(expected.es);
    });
  }
});
