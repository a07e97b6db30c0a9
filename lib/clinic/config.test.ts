import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import defaultClinic from './default-clinic.json';
import secondClinic from '../../tests/fixtures/second-clinic.json';
import { ClinicConfigError, clinicConfigWarnings, loadClinicConfig, parseClinicConfig, todayIn } from './config';

const valid = structuredClone(secondClinic);

function withChange(change: (config: Record<string, unknown>) => void) {
  const copy = structuredClone(valid) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
}

function errorFor(data: unknown): string {
  try {
    parseClinicConfig(data, 'clinic.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ClinicConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('parseClinicConfig', () => {
  it('accepts a config with only the required keys', () => {
    const clinic = parseClinicConfig(withChange((c) => delete c.hsts), 'clinic.json');
    expect(clinic.name).toBe('Harbour Point Imaging');
    expect(clinic.fasting).toEqual({ solidFoodHoursBefore: 8, clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 8 });
    expect(clinic.email).toBeUndefined();
  });

  it('accepts the built-in default clinic, which is fictional', () => {
    const clinic = parseClinicConfig(defaultClinic, 'default');
    expect(clinic.phone).toMatch(/555-01\d\d/);
    expect(clinic.fasting).toEqual({ solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 8 });
  });

  it('drops a trailing slash from siteUrl so canonical URLs have one form', () => {
    const clinic = parseClinicConfig(withChange((c) => (c.siteUrl = 'https://ports.example.org/')), 'clinic.json');
    expect(clinic.siteUrl).toBe('https://ports.example.org');
  });

  it('names the file and a missing field', () => {
    const message = errorFor(withChange((c) => delete c.phone));
    expect(message).toContain('Invalid clinic config clinic.json');
    expect(message).toContain('phone is required but missing');
  });

  it('names a missing nested field by its path', () => {
    const message = errorFor(withChange((c) => delete (c.address as Record<string, unknown>).postalCode));
    expect(message).toContain('address.postalCode is required but missing');
  });

  it('rejects clear-liquid hours that are not less than solid-food hours', () => {
    const message = errorFor(withChange((c) => (c.fasting = { solidFoodHoursBefore: 4, clearLiquidsHoursBefore: 4 })));
    expect(message).toContain('fasting.clearLiquidsHoursBefore must be less than fasting.solidFoodHoursBefore');
  });

  it('fills in ASA fasting times a clinic leaves out: clear liquids 2 hours, fatty food 8 (or the food rule when longer)', () => {
    expect(parseClinicConfig(withChange((c) => (c.fasting = { solidFoodHoursBefore: 6 })), 'c').fasting).toEqual({
      solidFoodHoursBefore: 6,
      clearLiquidsHoursBefore: 2,
      fattyFoodHoursBefore: 8,
    });
    expect(parseClinicConfig(withChange((c) => (c.fasting = { solidFoodHoursBefore: 10, clearLiquidsHoursBefore: 3 })), 'c').fasting).toEqual({
      solidFoodHoursBefore: 10,
      clearLiquidsHoursBefore: 3,
      fattyFoodHoursBefore: 10,
    });
  });

  it('rejects a fatty-food rule shorter than the food rule, and one out of range', () => {
    expect(errorFor(withChange((c) => (c.fasting = { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 5 })))).toContain(
      'fasting.fattyFoodHoursBefore must be at least fasting.solidFoodHoursBefore',
    );
    expect(errorFor(withChange((c) => (c.fasting = { solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 25 })))).toContain(
      'fasting.fattyFoodHoursBefore must be 24 or less',
    );
  });

  it('rejects a time zone that is not an IANA zone', () => {
    const message = errorFor(withChange((c) => (c.timeZone = 'Mars/Base')));
    expect(message).toContain('timeZone "Mars/Base" is not a valid IANA time zone');
  });

  it('rejects a phone number with letters', () => {
    const message = errorFor(withChange((c) => (c.phone = '1-800-PORTS-NOW')));
    expect(message).toMatch(/^ {2}- phone "1-800-PORTS-NOW" is not a valid phone number in US/m);
  });

  it('rejects a phone number that is too short', () => {
    expect(errorFor(withChange((c) => (c.phone = '555')))).toContain('phone "555" is not a valid phone number in US');
  });

  it('rejects a wrong type, with the field path', () => {
    const message = errorFor(withChange((c) => (c.arrivalMinutesBefore = '60')));
    expect(message).toContain('arrivalMinutesBefore');
    expect(message).toMatch(/expected number/i);
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    expect(errorFor(withChange((c) => (c.emergencyNumbr = '911')))).toContain('"emergencyNumbr"');
  });

  it('rejects a siteUrl that is not http(s)', () => {
    expect(errorFor(withChange((c) => (c.siteUrl = 'ports.example.org')))).toContain('siteUrl must be a full http(s) URL');
  });

  it('lists every problem at once', () => {
    const message = errorFor(
      withChange((c) => {
        c.timeZone = 'Nowhere';
        c.emergencyNumber = 'call';
      }),
    );
    expect(message).toContain('timeZone');
    expect(message).toContain('emergencyNumber');
  });

  it('checks optional keys when they are given', () => {
    expect(errorFor(withChange((c) => (c.email = 'not-an-email')))).toContain('email must be an email address');
    expect(errorFor(withChange((c) => (c.openingHours = [{ days: ['Mo'], opens: '7:30', closes: '17:00' }])))).toContain(
      'openingHours[0].opens must be a 24-hour time',
    );
  });
});

describe('what a real clinic writes', () => {
  it('accepts a US number written "(303) 555-0142"', () => {
    const clinic = parseClinicConfig(withChange((c) => ((c.phone = '(303) 555-0142'), (c.afterHoursPhone = '(303) 555-0199'))), 'clinic.json');
    expect(clinic.phone).toBe('(303) 555-0142');
  });

  it.each(['303-555-0142', '+1 (303) 555 0142', '303.555.0142', '+13035550142'])('accepts a US number written "%s"', (phone) => {
    expect(parseClinicConfig(withChange((c) => (c.phone = phone)), 'clinic.json').phone).toBe(phone);
  });

  it('accepts a UK number for a clinic in GB, and refuses it for one in the US', () => {
    const uk = withChange((c) => ((c.phone = '020 7946 0018'), delete c.afterHoursPhone, ((c.address as Record<string, unknown>).country = 'GB')));
    expect(parseClinicConfig(uk, 'clinic.json').phone).toBe('020 7946 0018');
    expect(errorFor(withChange((c) => (c.phone = '020 7946 0018')))).toContain('phone "020 7946 0018" is not a valid phone number in US');
    expect(errorFor(withChange((c) => (c.afterHoursPhone = '+44 20 7946 0018')))).toContain('afterHoursPhone "+44 20 7946 0018" is a number in another country (+44)');
  });

  it('takes a locale that Intl knows, and names the key when it does not', () => {
    expect(parseClinicConfig(withChange((c) => (c.locale = 'en-GB')), 'clinic.json').locale).toBe('en-GB');
    expect(errorFor(withChange((c) => (c.locale = 'en_GB')))).toContain('locale has "en_GB", which is not a locale (BCP 47)');
    expect(errorFor(withChange((c) => (c.locale = 'British')))).toContain('locale has "British"');
  });

  it('reads the UK test clinic (tests/fixtures/uk-clinic.json): numbers as Londoners write them, and a +44 one', () => {
    const uk = loadClinicConfig('tests/fixtures/uk-clinic.json');
    expect([uk.phone, uk.afterHoursPhone, uk.address.country, uk.emergencyNumber]).toEqual(['020 7946 0018', '+44 20 7946 0999', 'GB', '999']);
  });

  it('refuses a country code that is not a country', () => {
    expect(errorFor(withChange((c) => ((c.address as Record<string, unknown>).country = 'XX')))).toContain('address.country has "XX", which is not a country code');
  });

  it.each([
    ['https://ports.example.org/?utm=1', 'siteUrl must not have a query ("?utm=1")'],
    ['https://ports.example.org?', 'siteUrl must not have a query ("?")'],
    ['https://ports.example.org/#top', 'siteUrl must not have a hash ("#top")'],
  ])('refuses a siteUrl with a query or a hash (%s), naming siteUrl', (url, message) => {
    expect(errorFor(withChange((c) => (c.siteUrl = url)))).toContain(message);
  });

  it('refuses a siteUrl with a path, saying why', () => {
    const message = errorFor(withChange((c) => (c.siteUrl = 'https://example.org/ports')));
    expect(message).toContain('siteUrl must be the root of a site with no path ("/ports"), like "https://example.org"');
    expect(message).toContain('host it at its own domain or subdomain');
    expect(errorFor(withChange((c) => (c.siteUrl = 'https://example.org/ports/')))).toContain('no path ("/ports/")');
  });

  it('refuses opening hours that close before (or when) they open', () => {
    expect(errorFor(withChange((c) => (c.openingHours = [{ days: ['Mo'], opens: '17:00', closes: '07:30' }])))).toContain(
      'openingHours[0].closes must be after openingHours[0].opens',
    );
    expect(errorFor(withChange((c) => (c.openingHours = [{ days: ['Mo'], opens: '09:00', closes: '09:00' }])))).toContain(
      'openingHours[0].closes must be after openingHours[0].opens',
    );
  });

  it('refuses a day listed twice, naming the day and both entries', () => {
    const message = errorFor(
      withChange(
        (c) =>
          (c.openingHours = [
            { days: ['Mo', 'Tu'], opens: '08:00', closes: '12:00' },
            { days: ['Tu'], opens: '13:00', closes: '17:00' },
          ]),
      ),
    );
    expect(message).toContain('openingHours[1].days[0] lists Tuesday ("Tu") again: Tuesday is in openingHours[0] and openingHours[1]');
    expect(errorFor(withChange((c) => (c.openingHours = [{ days: ['Fr', 'Fr'], opens: '08:00', closes: '12:00' }])))).toContain(
      'openingHours[0].days[1] lists Friday ("Fr") again: Friday is twice in openingHours[0]',
    );
  });
});

describe('aftercare (optional, defaults from the source material and the fever rule)', () => {
  const withAftercare = (aftercare: unknown) => withChange((c) => (c.aftercare = aftercare));

  it('uses the defaults when a clinic gives no aftercare block', () => {
    expect('aftercare' in defaultClinic).toBe(false);
    expect(parseClinicConfig(defaultClinic, 'default').aftercare).toEqual({
      dressingDays: 3,
      checkUpDaysAfter: { from: 7, to: 10 },
      feverCelsius: 38.0,
      avoidHeavyLiftingDays: 7,
      flushIntervalWeeks: 4,
    });
  });

  it('takes the clinic values as given', () => {
    expect(parseClinicConfig(secondClinic, 'second').aftercare).toEqual({
      dressingDays: 2,
      checkUpDaysAfter: { from: 10, to: 14 },
      feverCelsius: 38.5,
      avoidHeavyLiftingDays: 5,
      flushIntervalWeeks: 12,
    });
  });

  it('fills in the keys a clinic leaves out', () => {
    expect(parseClinicConfig(withAftercare({ feverCelsius: 38.3 }), 'c').aftercare).toEqual({
      dressingDays: 3,
      checkUpDaysAfter: { from: 7, to: 10 },
      feverCelsius: 38.3,
      avoidHeavyLiftingDays: 7,
      flushIntervalWeeks: 4,
    });
  });

  it('accepts a check-up on one day (from equal to to)', () => {
    expect(parseClinicConfig(withAftercare({ checkUpDaysAfter: { from: 7, to: 7 } }), 'c').aftercare.checkUpDaysAfter).toEqual({ from: 7, to: 7 });
  });

  it.each([
    [{ checkUpDaysAfter: { from: 14, to: 10 } }, 'aftercare.checkUpDaysAfter.from must not be after aftercare.checkUpDaysAfter.to'],
    [{ checkUpDaysAfter: { from: 7 } }, 'aftercare.checkUpDaysAfter.to is required but missing'],
    [{ checkUpDaysAfter: { from: 0, to: 10 } }, 'aftercare.checkUpDaysAfter.from must be 1 or more'],
    [{ checkUpDaysAfter: { from: 7, to: 60 } }, 'aftercare.checkUpDaysAfter.to must be 42 or less'],
    [{ dressingDays: 2.5 }, 'aftercare.dressingDays must be a whole number of days'],
    [{ dressingDays: 0 }, 'aftercare.dressingDays must be 1 or more'],
    [{ dressingDays: 15 }, 'aftercare.dressingDays must be 14 or less'],
    [{ feverCelsius: 101 }, 'aftercare.feverCelsius must be 38.5 (°C) or less'],
    [{ feverCelsius: 38.6 }, 'aftercare.feverCelsius must be 38.5 (°C) or less'],
    [{ feverCelsius: 37 }, 'aftercare.feverCelsius must be 37.5 (°C) or more'],
    [{ feverCelsius: 38.25 }, 'aftercare.feverCelsius must have at most one decimal place'],
    [{ feverCelsius: '38' }, 'aftercare.feverCelsius'],
    [{ avoidHeavyLiftingDays: -1 }, 'aftercare.avoidHeavyLiftingDays must be 1 or more'],
    [{ avoidHeavyLiftingDays: 43 }, 'aftercare.avoidHeavyLiftingDays must be 42 or less'],
    [{ flushIntervalWeeks: 3 }, 'aftercare.flushIntervalWeeks must be 4 (weeks) or more'],
    [{ flushIntervalWeeks: 13 }, 'aftercare.flushIntervalWeeks must be 12 (weeks) or less'],
    [{ flushIntervalWeeks: 6.5 }, 'aftercare.flushIntervalWeeks must be a whole number of weeks'],
    [{ feverFahrenheit: 100.4 }, 'aftercare has unknown field(s) "feverFahrenheit"'],
  ])('rejects %j, naming the field', (aftercare, message) => {
    expect(errorFor(withAftercare(aftercare))).toContain(message);
  });
});

describe('clinicConfigWarnings (allowed values a clinician should confirm)', () => {
  const withAftercare = (aftercare: unknown) => withChange((c) => (c.aftercare = aftercare));
  it('says nothing for the default fever line of 38.0 °C', () => {
    expect(clinicConfigWarnings(parseClinicConfig(withAftercare({ feverCelsius: 38.0 }), 'c'))).toEqual([]);
  });

  it('prints one Warning: line naming the key when the fever line is above 38.0 °C', () => {
    expect(clinicConfigWarnings(parseClinicConfig(withAftercare({ feverCelsius: 38.1 }), 'c'))).toEqual([
      'Warning: aftercare.feverCelsius is 38.1, above the 38.0 °C that CDC and ASCO/IDSA guidance uses for a fever during cancer treatment. Have a clinician confirm it.',
    ]);
  });
});

describe('languages (optional: English only unless a clinic lists a translation)', () => {
  const withLanguages = (languages: unknown) => withChange((c) => (c.languages = languages));

  it('builds English only when the key is left out', () => {
    expect('languages' in valid).toBe(false);
    expect(parseClinicConfig(valid, 'c').languages).toEqual(['en']);
  });

  it('gives the default clinic both English and Spanish', () => {
    expect(parseClinicConfig(defaultClinic, 'default').languages).toEqual(['en', 'es']);
  });

  it.each([
    [['en', 'fr'], 'languages[1] has "fr", which is not a language the guide is written in (one of "en", "es")'],
    [['es'], 'languages must include "en"'],
    [['en', 'es', 'es'], 'languages must not list a language twice'],
    ['en', 'languages'],
  ])('rejects %j, naming languages', (languages, message) => {
    expect(errorFor(withLanguages(languages))).toContain(message);
  });
});

describe('loadClinicConfig', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-'));

  it('reads a file and names it in errors', () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ ...valid, timeZone: 'Mars/Base' }));
    expect(() => loadClinicConfig(file)).toThrow(`Invalid clinic config ${file}`);
  });

  it('explains a file that is not JSON', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{ "name": ');
    expect(() => loadClinicConfig(file)).toThrow(/is not valid JSON/);
  });

  it('explains a file that does not exist', () => {
    expect(() => loadClinicConfig(path.join(dir, 'missing.json'))).toThrow(/missing\.json:\n {2}- cannot be read/);
  });
});

it('says a missing siteUrl is missing, not malformed', () => {
  const copy = structuredClone(valid) as Record<string, unknown>;
  delete copy.siteUrl;
  expect(() => parseClinicConfig(copy, 'clinic.json')).toThrow('siteUrl is required but missing');
});

describe('hsts', () => {
  it('covers only the site itself unless the config asks', () => {
    expect(parseClinicConfig(withChange((c) => delete c.hsts), 'clinic.json').hsts).toEqual({ includeSubDomains: false, preload: false });
    expect(parseClinicConfig(defaultClinic, 'default').hsts).toEqual({ includeSubDomains: false, preload: false });
  });

  it('takes includeSubDomains alone, or with preload', () => {
    const subdomains = withChange((c) => (c.hsts = { includeSubDomains: true }));
    expect(parseClinicConfig(subdomains, 'clinic.json').hsts).toEqual({ includeSubDomains: true, preload: false });
    const both = withChange((c) => (c.hsts = { includeSubDomains: true, preload: true }));
    expect(parseClinicConfig(both, 'clinic.json').hsts).toEqual({ includeSubDomains: true, preload: true });
  });

  it('refuses preload without includeSubDomains, naming the field', () => {
    expect(errorFor(withChange((c) => (c.hsts = { preload: true })))).toContain('hsts.preload needs hsts.includeSubDomains: true');
  });

  it('refuses values that are not true or false, and unknown keys', () => {
    expect(errorFor(withChange((c) => (c.hsts = { includeSubDomains: 'yes' })))).toContain('hsts.includeSubDomains must be true or false');
    expect(errorFor(withChange((c) => (c.hsts = { maxAge: 1 })))).toContain('hsts has unknown field(s) "maxAge"');
  });
});

describe('languageHelp', () => {
  it('says interpreters are free unless the clinic turns it off, and names no phone languages by default', () => {
    expect(parseClinicConfig(valid, 'clinic.json').languageHelp).toEqual({ freeInterpreters: true });
    const off = withChange((c) => (c.languageHelp = { freeInterpreters: false }));
    expect(parseClinicConfig(off, 'clinic.json').languageHelp.freeInterpreters).toBe(false);
  });

  it('takes the languages each phone line answers in, as language tags', () => {
    const config = withChange((c) => {
      c.afterHoursPhone = '+1 206-555-0199';
      c.languageHelp = { phoneLanguages: { phone: ['en', 'es'], afterHoursPhone: ['en'] } };
    });
    expect(parseClinicConfig(config, 'clinic.json').languageHelp).toEqual({
      freeInterpreters: true,
      phoneLanguages: { phone: ['en', 'es'], afterHoursPhone: ['en'] },
    });
  });

  it('names the key of a bad value', () => {
    expect(errorFor(withChange((c) => (c.languageHelp = { freeInterpreters: 'yes' })))).toContain('languageHelp.freeInterpreters must be true or false');
    expect(errorFor(withChange((c) => (c.languageHelp = { phoneLanguages: { phone: ['Spanish'] } })))).toContain(
      'languageHelp.phoneLanguages.phone[0] has "Spanish", which is not a language tag',
    );
    expect(errorFor(withChange((c) => (c.languageHelp = { phoneLanguages: { phone: [] } })))).toContain('languageHelp.phoneLanguages.phone must list at least one language');
    expect(errorFor(withChange((c) => (c.languageHelp = { interpreters: true })))).toContain('languageHelp has unknown field(s) "interpreters"');
  });

  it('refuses languages for an out-of-hours line the clinic does not have', () => {
    const config = withChange((c) => (c.languageHelp = { phoneLanguages: { afterHoursPhone: ['en'] } }));
    expect(errorFor(config)).toContain('languageHelp.phoneLanguages.afterHoursPhone needs afterHoursPhone');
  });
});

describe('clinicalSignOff (optional: who checked the pages for this clinic)', () => {
  const signOff = { name: 'Dr. Ana Reyes', role: 'Nurse educator, oncology', date: '2026-11-30' };

  it('is absent unless the clinic gives it', () => {
    expect(parseClinicConfig(withChange((c) => delete c.clinicalSignOff), 'clinic.json').clinicalSignOff).toBeUndefined();
    expect(parseClinicConfig(defaultClinic, 'default').clinicalSignOff).toBeUndefined();
  });

  it('takes a name, a role and a past date', () => {
    const clinic = parseClinicConfig(withChange((c) => (c.clinicalSignOff = { ...signOff, name: 'Sam Lee', date: '2026-01-15' })), 'clinic.json');
    expect(clinic.clinicalSignOff).toEqual({ name: 'Sam Lee', role: 'Nurse educator, oncology', date: '2026-01-15' });
  });

  it.each([
    ['an empty name', { ...signOff, name: ' ' }, 'clinicalSignOff.name must not be empty'],
    ['an empty role', { ...signOff, role: '' }, 'clinicalSignOff.role must not be empty'],
    ['a missing role', { name: signOff.name, date: signOff.date }, 'clinicalSignOff.role is required but missing'],
    ['a date written another way', { ...signOff, date: '30/11/2026' }, 'clinicalSignOff.date must be a date written YYYY-MM-DD, like "2026-11-30"'],
    ['a date that does not exist', { ...signOff, date: '2026-02-30' }, 'clinicalSignOff.date is not a real calendar date'],
    ['an unknown key', { ...signOff, signature: 'AR' }, 'clinicalSignOff has unknown field(s) "signature" (check the spelling)'],
  ])('refuses %s, naming the field', (_case, value, message) => {
    expect(errorFor(withChange((c) => (c.clinicalSignOff = value)))).toContain(message);
  });

  it('refuses a date in the future, saying today’s date', () => {
    const message = errorFor(withChange((c) => (c.clinicalSignOff = { ...signOff, date: '2999-01-01' })));
    expect(message).toMatch(/clinicalSignOff\.date must not be in the future \(2999-01-01 is after today, \d{4}-\d{2}-\d{2}\): give the day the pages were checked/);
  });

  it('takes today in the clinic’s own time zone, which may be ahead of UTC', () => {
    // 23:30 UTC on 1 December is already 2 December in Auckland, and still 1 December in Seattle.
    const now = new Date('2026-12-01T23:30:00Z');
    expect(todayIn('Pacific/Auckland', now)).toBe('2026-12-02');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-12-01');
  });
});

describe('offline (the copy a patient may save, optional)', () => {
  const withOffline = (offline: unknown) => withChange((c) => (c.offline = offline));

  it('is on with a 90-day limit when a clinic says nothing', () => {
    expect('offline' in defaultClinic).toBe(false);
    expect(parseClinicConfig(defaultClinic, 'default').offline).toEqual({ enabled: true, maxAgeDays: 90 });
  });

  it('takes the clinic values, filling in the one left out', () => {
    expect(parseClinicConfig(withOffline({ enabled: false }), 'c').offline).toEqual({ enabled: false, maxAgeDays: 90 });
    expect(parseClinicConfig(withOffline({ maxAgeDays: 30 }), 'c').offline).toEqual({ enabled: true, maxAgeDays: 30 });
    expect(parseClinicConfig(withOffline({ maxAgeDays: 1 }), 'c').offline.maxAgeDays).toBe(1);
    expect(parseClinicConfig(withOffline({ maxAgeDays: 365 }), 'c').offline.maxAgeDays).toBe(365);
  });

  it.each([
    [{ enabled: 'no' }, 'offline.enabled must be true or false'],
    [{ maxAgeDays: 0 }, 'offline.maxAgeDays must be 1 or more'],
    [{ maxAgeDays: 366 }, 'offline.maxAgeDays must be 365 or less'],
    [{ maxAgeDays: 1.5 }, 'offline.maxAgeDays must be a whole number of days'],
    [{ maxAge: 30 }, 'offline has unknown field(s) "maxAge"'],
  ])('rejects %j, naming the field', (offline, message) => {
    expect(errorFor(withOffline(offline))).toContain(message);
  });
});
