// Expected dates written by hand (and checked with GNU date, `date -d "2027-02-28 +28 days"`),
// never worked out by the code under test. "Today" is always passed in, so no run depends on the day.
import { addDays, checkLastFlush, dateInWords, nextFlushDates, parseDate, todayIn, type CalendarDate } from './flush-dates';

const day = (iso: string): CalendarDate => {
  const [year, month, date] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
};

describe('nextFlushDates', () => {
  it('counts whole weeks of calendar days across the spring clock change (Denver, 14 March 2027)', () => {
    expect(nextFlushDates(day('2027-02-28'), 4)).toEqual([day('2027-03-28'), day('2027-04-25'), day('2027-05-23')]);
  });

  it('lands on the leap day, and on the last day of a short month', () => {
    expect(nextFlushDates(day('2028-02-01'), 4)[0]).toEqual(day('2028-02-29'));
    expect(nextFlushDates(day('2027-01-31'), 4)[0]).toEqual(day('2027-02-28'));
  });

  it('crosses a year end, a leap year and the autumn clock change every 12 weeks', () => {
    expect(nextFlushDates(day('2027-12-15'), 12)).toEqual([day('2028-03-08'), day('2028-05-31'), day('2028-08-23')]);
    expect(nextFlushDates(day('2027-10-20'), 4)).toEqual([day('2027-11-17'), day('2027-12-15'), day('2028-01-12')]);
  });

  it('addDays goes back as well as forward', () => {
    expect(addDays(day('2027-03-01'), -1)).toEqual(day('2027-02-28'));
    expect(addDays(day('2028-03-01'), -1)).toEqual(day('2028-02-29'));
  });
});

describe('parseDate', () => {
  it('reads what a date field gives', () => {
    expect(parseDate(' 2027-01-06 ')).toEqual(day('2027-01-06'));
    expect(parseDate('2028-02-29')).toEqual(day('2028-02-29'));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['2027-02-29', 'notADate'],
    ['2027-02-30', 'notADate'],
    ['2027-13-01', 'notADate'],
    ['2027-04-31', 'notADate'],
    ['6 January 2027', 'notADate'],
    ['2027-1-6', 'notADate'],
  ])('%j is %s', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });
});

describe('todayIn', () => {
  it("takes the day from the clinic's clock, on either side of the spring clock change", () => {
    // 06:30 UTC on 14 March 2027 is 11:30 PM on the 13th in Denver (MST, UTC-7); 07:30 UTC is 12:30 AM on the 14th.
    expect(todayIn('America/Denver', new Date('2027-03-14T06:30:00Z'))).toEqual(day('2027-03-13'));
    expect(todayIn('America/Denver', new Date('2027-03-14T07:30:00Z'))).toEqual(day('2027-03-14'));
    // After the change (MDT, UTC-6): 05:30 UTC on the 15th is still the 14th.
    expect(todayIn('America/Denver', new Date('2027-03-15T05:30:00Z'))).toEqual(day('2027-03-14'));
  });
});

describe('checkLastFlush', () => {
  const today = day('2027-01-20');

  it('gives the next three dates for a flush in the last interval', () => {
    expect(checkLastFlush('2027-01-06', 4, today)).toEqual({
      ok: true,
      last: day('2027-01-06'),
      next: [day('2027-02-03'), day('2027-03-03'), day('2027-03-31')],
    });
  });

  it('accepts a flush today, and one whose next flush is due today', () => {
    expect(checkLastFlush('2027-01-20', 4, today)).toMatchObject({ ok: true, next: [day('2027-02-17'), day('2027-03-17'), day('2027-04-14')] });
    expect(checkLastFlush('2026-12-23', 4, today)).toMatchObject({ ok: true, next: [day('2027-01-20'), day('2027-02-17'), day('2027-03-17')] });
  });

  it('refuses an empty field, a date that does not exist and a day after today', () => {
    expect(checkLastFlush('', 4, today)).toEqual({ ok: false, problem: 'empty' });
    expect(checkLastFlush('2027-02-30', 4, today)).toEqual({ ok: false, problem: 'notADate' });
    expect(checkLastFlush('2027-01-21', 4, today)).toEqual({ ok: false, problem: 'future' });
  });

  it('says the port is overdue, and since when, once the next flush day has passed', () => {
    expect(checkLastFlush('2026-12-22', 4, today)).toEqual({ ok: false, problem: 'overdue', due: day('2027-01-19') });
    expect(checkLastFlush('2025-06-01', 12, today)).toEqual({ ok: false, problem: 'overdue', due: day('2025-08-24') });
    // Twelve weeks back is still in time for a 12-week clinic.
    expect(checkLastFlush('2026-10-28', 12, today)).toMatchObject({ ok: true, next: [day('2027-01-20'), day('2027-04-14'), day('2027-07-07')] });
  });
});

describe('dateInWords', () => {
  it('writes the day as US English and US Spanish readers expect', () => {
    expect(dateInWords(day('2027-03-31'), 'en-US')).toBe('Wednesday, March 31, 2027');
    expect(dateInWords(day('2027-03-31'), 'es-US')).toBe('miércoles, 31 de marzo de 2027');
  });
});
