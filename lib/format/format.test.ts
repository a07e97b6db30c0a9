/**
 * How the site writes dates, times, phones and temperatures, per country and
 * language. Every expected string is written out by hand: US English and US
 * Spanish as those readers write them, UK English as the NHS digital service
 * manual writes it ("Wednesday 6 August 2018", "5.30pm", "midday", "midnight").
 */
import { describe, expect, it } from 'vitest';
import { clinicFormats, clockText, dateText, dateTimeText } from './index';
import { dateTimeStyle } from './house-style';
import { isSupportedLocale, pageLocale } from './locale';
import { phoneHref, phoneText, readPhone } from './phone';
import { temperatureText } from './temperature';

const denver = { address: { country: 'US' }, timeZone: 'America/Denver' } as Parameters<typeof clinicFormats>[0];
const london = { address: { country: 'GB' }, timeZone: 'Europe/London' } as Parameters<typeof clinicFormats>[0];
// 2027-06-15 08:30 in Denver (MDT, UTC-6) and in London (BST, UTC+1).
const denverMorning = new Date('2027-06-15T14:30:00Z');
const londonMorning = new Date('2027-06-15T07:30:00Z');

describe('locale', () => {
  it('is the page language in the clinic country', () => {
    expect(pageLocale('en', 'US')).toBe('en-US');
    expect(pageLocale('en', 'GB')).toBe('en-GB');
    expect(pageLocale('es', 'US')).toBe('es-US');
  });
  it('takes the config locale as it is in its own language, and its region in the others', () => {
    expect(pageLocale('en', 'US', 'en-GB')).toBe('en-GB');
    expect(pageLocale('es', 'US', 'en-GB')).toBe('es-GB');
    expect(pageLocale('es', 'US', 'es-MX')).toBe('es-MX');
    expect(pageLocale('en', 'US', 'es')).toBe('en-US');
  });
  it('accepts BCP 47 tags Intl formats and refuses others', () => {
    expect(isSupportedLocale('en-GB')).toBe(true);
    expect(isSupportedLocale('es-419')).toBe(true);
    expect(isSupportedLocale('english')).toBe(false);
    expect(isSupportedLocale('en_GB')).toBe(false);
    expect(isSupportedLocale('')).toBe(false);
  });
});

describe('dates and times', () => {
  it('writes US English', () => {
    const f = clinicFormats(denver, 'en');
    expect(f.dateTimeText(denverMorning)).toBe('Tuesday, June 15, 2027, 8:30 AM');
    expect(f.date(denverMorning, { year: false })).toBe('Tuesday, June 15');
    expect(f.date(denverMorning, { weekday: false })).toBe('June 15, 2027');
    expect(f.clock(12, 0)).toBe('12:00 PM');
    expect(f.clock(0, 0)).toBe('12:00 AM');
    expect(f.clock(23, 59)).toBe('11:59 PM');
  });
  it('writes UK English the NHS way', () => {
    const f = clinicFormats(london, 'en');
    expect(f.dateTimeText(londonMorning)).toBe('Tuesday 15 June 2027, 8.30am');
    expect(f.date(londonMorning, { year: false })).toBe('Tuesday 15 June');
    expect(f.date(londonMorning, { weekday: false })).toBe('15 June 2027');
    expect(f.clock(17, 30)).toBe('5.30pm');
    expect(f.clock(12, 0)).toBe('midday');
    expect(f.clock(0, 0)).toBe('midnight');
    expect(f.clock(0, 30)).toBe('12.30am');
    expect(f.clock(7, 0)).toBe('7am');
    expect(f.clock(19, 0)).toBe('7pm');
  });
  it('writes US Spanish', () => {
    const f = clinicFormats(denver, 'es');
    expect(f.dateTimeText(denverMorning)).toBe('martes, 15 de junio de 2027, 8:30 a. m.');
    expect(f.date(denverMorning, { year: false })).toBe('martes, 15 de junio');
    expect(f.clock(18, 5)).toBe('6:05 p. m.');
    expect(f.clock(12, 0)).toBe('12:00 del mediodía');
    expect(f.clock(0, 0)).toBe('12:00 de la noche');
  });
  it('writes a 24-hour clock where the locale uses one', () => {
    const spain = dateTimeStyle('es-ES');
    expect(clockText(8, 30, spain)).toBe('8:30');
    expect(clockText(0, 0, spain)).toBe('0:00');
    expect(dateText(denverMorning, 'Europe/Madrid', spain)).toBe('martes, 15 de junio de 2027');
    expect(dateTimeText(denverMorning, 'Europe/Madrid', spain)).toBe('martes, 15 de junio de 2027, 16:30');
  });
  it('writes opening-hours times short', () => {
    expect(clockText(17, 0, dateTimeStyle('en-US'), { short: true })).toBe('5 PM');
    expect(clockText(17, 0, dateTimeStyle('en-GB'), { short: true })).toBe('5pm');
    expect(clockText(7, 30, dateTimeStyle('en-GB'), { short: true })).toBe('7.30am');
  });
});

describe('phones', () => {
  it('reads any common way of writing a number and writes the national format', () => {
    expect(phoneText('303-555-0142', 'US')).toBe('(303) 555-0142');
    expect(phoneText('+1 (303) 555 0142', 'US')).toBe('(303) 555-0142');
    expect(phoneText('+1 303-555-0142', 'US')).toBe('(303) 555-0142');
    expect(phoneText('020 7946 0018', 'GB')).toBe('020 7946 0018');
    expect(phoneText('+44 20 7946 0018', 'GB')).toBe('020 7946 0018');
  });
  it('links in E.164', () => {
    expect(phoneHref('(303) 555-0142', 'US')).toBe('tel:+13035550142');
    expect(phoneHref('020 7946 0018', 'GB')).toBe('tel:+442079460018');
  });
  it('refuses numbers that are not valid in the country', () => {
    expect(readPhone('555-0142', 'US').ok).toBe(false);
    expect(readPhone('020 7946 001', 'GB').ok).toBe(false);
    expect(readPhone('+44 20 7946 0018', 'US')).toEqual({ ok: false, problem: expect.stringContaining('another country (+44)') });
    expect(readPhone('call us', 'US').ok).toBe(false);
  });
});

describe('temperatures', () => {
  it('puts °F first in the US and °C first elsewhere', () => {
    expect(temperatureText(38, 'US')).toBe('100.4 °F (38.0 °C)');
    expect(temperatureText(38.5, 'US')).toBe('101.3 °F (38.5 °C)');
    expect(temperatureText(38, 'GB')).toBe('38.0 °C (100.4 °F)');
    expect(clinicFormats(denver, 'es').temperature(38)).toBe('100.4 °F (38.0 °C)');
    expect(clinicFormats(london, 'en').temperature(37.5)).toBe('37.5 °C (99.5 °F)');
  });
});
