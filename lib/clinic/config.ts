/**
 * The clinic config: the only place clinic-specific values (name, phone,
 * address, fasting rules, aftercare rules, time zone) come from. Read once at build time from
 * CLINIC_CONFIG, or the embedded fictional default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { clinicConfigFile, DEFAULT_CLINIC_CONFIG } from '../env.mjs';
import { readBrandLogo } from './brand-logo';
import { contrastProblems, derivePalette } from './brand';
import { DEFAULT_LANGUAGES, SUPPORTED_LANGUAGES, type LanguageCode } from '../i18n/languages.mjs';
import { en } from '../i18n/en';
import { isSupportedLocale } from '../format/locale';
import { isPhoneCountry, readPhone } from '../format/phone';
import defaultClinicJson from './default-clinic.json';

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

// Any common way of writing a number ("303-555-0142", "+1 (303) 555 0142", "020 7946 0018"): checked
// against address.country's numbering plan once the country is known (PHONE_KEYS, below).
const phoneNumber = z.string().trim().min(1, 'must not be empty');

const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a 24-hour time like "07:30"');

// A schema-level message would hide "is required but missing", so only use it for present values.
const urlError = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required but missing' : message;

const weekDay = z.enum(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);

/** Day codes as a patient reads them: the English dictionary's, the language config errors are written in. */
const DAY_NAMES = en.hours;

const openingHours = z
  .array(z.strictObject({ days: z.array(weekDay).min(1), opens: clockTime, closes: clockTime }))
  .min(1)
  .superRefine((entries, ctx) => {
    entries.forEach((entry, index) => {
      // "07:30" < "17:00" compares as text because both are zero-padded 24-hour times.
      if (entry.closes <= entry.opens) {
        ctx.addIssue({ code: 'custom', path: [index, 'closes'], message: `must be after openingHours[${index}].opens` });
      }
    });
    // One entry per day: the pages and the structured data say one opening time per day.
    const firstSeen = new Map<string, number>();
    entries.forEach((entry, index) => {
      entry.days.forEach((day, dayIndex) => {
        const earlier = firstSeen.get(day);
        if (earlier === undefined) {
          firstSeen.set(day, index);
          return;
        }
        const where = earlier === index ? `twice in openingHours[${index}]` : `in openingHours[${earlier}] and openingHours[${index}]`;
        ctx.addIssue({
          code: 'custom',
          path: [index, 'days', dayIndex],
          message: `lists ${DAY_NAMES[day]} ("${day}") again: ${DAY_NAMES[day]} is ${where}; give each day once`,
        });
      });
    });
  });

/**
 * The site's root address. The export links pages from "/" (no basePath), so a
 * path such as https://example.org/ports would break every internal link:
 * refused rather than half supported. A query or a hash has no place in a
 * canonical link.
 */
const siteUrl = z
  .url({ protocol: /^https?$/, error: urlError('must be a full http(s) URL like "https://ports.example.org"') })
  .superRefine((value, ctx) => {
    if (!URL.canParse(value)) return; // already reported as not a URL
    const url = new URL(value);
    if (url.search || value.includes('?')) {
      ctx.addIssue({ code: 'custom', message: `must not have a query ("${url.search || '?'}"): give the site's address only, like "${url.origin}"` });
    }
    if (url.hash || value.includes('#')) {
      ctx.addIssue({ code: 'custom', message: `must not have a hash ("${url.hash || '#'}"): give the site's address only, like "${url.origin}"` });
    }
    if (url.pathname.replace(/\/+$/, '') !== '') {
      ctx.addIssue({
        code: 'custom',
        message: `must be the root of a site with no path ("${url.pathname}"), like "${url.origin}": the site's links start at "/", so host it at its own domain or subdomain`,
      });
    }
  })
  .transform((url) => url.replace(/\/+$/, ''));

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

// The clinic's own look. The colour must keep every text that uses it or its shades readable.
const brand = z.strictObject({
  color: z
    .string()
    .regex(HEX_COLOR, 'must be a colour written #rrggbb, like "#005a8c"')
    .superRefine((color, ctx) => {
      if (!HEX_COLOR.test(color)) return;
      for (const message of contrastProblems(derivePalette(color))) ctx.addIssue({ code: 'custom', message });
    })
    .optional(),
  // Checked (type, size, found) once the config file's folder is known, in parseClinicConfig.
  logo: z.string().trim().min(1, 'must not be empty').optional(),
});

const hoursBefore = z.number().min(0, 'must be 0 or more').max(24, 'must be 24 or less');

/** ASA's fasting times for the keys a clinic may leave out. */
export const FASTING_DEFAULTS = { clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 8 } as const;

const wholeDays = (min: number, max: number) =>
  z.number().int('must be a whole number of days').min(min, `must be ${min} or more`).max(max, `must be ${max} or less`);

/**
 * The clinic's own aftercare rules. Each key is optional; the defaults are the
 * source material's values (dressing 3 days, check-up at 7 to 10 days) and the
 * well-established fever rule for people having cancer treatment (38.0 °C, 100.4 °F).
 * Ranges keep out typing mistakes and unsafe lines: a fever line from 37.5 to
 * 38.5 °C in tenths (above 38.0 the build warns: CDC and ASCO/IDSA call 38.0 °C
 * a fever during cancer treatment), and day counts of up to 2 or 6 weeks.
 */
export const AFTERCARE_DEFAULTS = {
  dressingDays: 3,
  checkUpDaysAfter: { from: 7, to: 10 },
  feverCelsius: 38.0,
  avoidHeavyLiftingDays: 7,
  /** How often a port not in use is flushed: practice runs from every 4 weeks (Royal Marsden, MSK) to every 12. */
  flushIntervalWeeks: 4,
} as const;

const aftercareSchema = z
  .strictObject({
    dressingDays: wholeDays(1, 14).default(AFTERCARE_DEFAULTS.dressingDays),
    checkUpDaysAfter: z
      .strictObject({ from: wholeDays(1, 42), to: wholeDays(1, 42) })
      .refine((days) => days.from <= days.to, {
        path: ['from'],
        message: 'must not be after aftercare.checkUpDaysAfter.to',
      })
      .default({ ...AFTERCARE_DEFAULTS.checkUpDaysAfter }),
    feverCelsius: z
      .number()
      .min(37.5, 'must be 37.5 (°C) or more')
      .max(38.5, 'must be 38.5 (°C) or less')
      .refine((celsius) => Math.abs(celsius * 10 - Math.round(celsius * 10)) < 1e-9, 'must have at most one decimal place, like 38.0 or 38.5')
      .default(AFTERCARE_DEFAULTS.feverCelsius),
    avoidHeavyLiftingDays: wholeDays(1, 42).default(AFTERCARE_DEFAULTS.avoidHeavyLiftingDays),
    flushIntervalWeeks: z
      .number()
      .int('must be a whole number of weeks')
      .min(4, 'must be 4 (weeks) or more')
      .max(12, 'must be 12 (weeks) or less')
      .default(AFTERCARE_DEFAULTS.flushIntervalWeeks),
  })
  .default({ ...AFTERCARE_DEFAULTS, checkUpDaysAfter: { ...AFTERCARE_DEFAULTS.checkUpDaysAfter } });

/**
 * The offline copy a patient may choose to save on their phone
 * (/save-for-offline, docs/configure-a-clinic.md#the-offline-copy). On by
 * default; `enabled: false` builds no save page, no footer link and no worker.
 * After `maxAgeDays` whole days a saved copy says it is too old to rely on
 * (1 to 365: a copy older than a year would miss a whole review of the pages).
 */
export const OFFLINE_DEFAULTS = { enabled: true, maxAgeDays: 90 } as const;

const offlineSchema = z
  .strictObject({
    enabled: z.boolean('must be true or false').default(OFFLINE_DEFAULTS.enabled),
    maxAgeDays: wholeDays(1, 365).default(OFFLINE_DEFAULTS.maxAgeDays),
  })
  .default({ ...OFFLINE_DEFAULTS });

/**
 * The languages the site is built in: English always, plus any translation
 * with a dictionary and a content folder (lib/i18n/languages.mjs lists them).
 */
const languagesSchema = z
  .array(
    z.string().refine((code) => (SUPPORTED_LANGUAGES as readonly string[]).includes(code), {
      error: (issue) =>
        `has "${String(issue.input)}", which is not a language the guide is written in (one of ${SUPPORTED_LANGUAGES.map((c) => `"${c}"`).join(', ')})`,
    }),
  )
  .refine((codes) => codes.includes('en'), 'must include "en": English is the source of every page')
  .refine((codes) => new Set(codes).size === codes.length, 'must not list a language twice')
  .transform((codes) => codes as LanguageCode[])
  .default([...DEFAULT_LANGUAGES]);

/** A language as a BCP 47 tag ("es", "zh-Hant") that Intl can name: the pages say the language's name. */
const languageTag = z.string().refine((tag) => languageNameIn('en', tag) !== undefined, {
  error: (issue) => `has "${String(issue.input)}", which is not a language tag like "en", "es" or "zh-Hant"`,
});

/** The language's name in the page's language ("Spanish", "español"), or undefined for a tag Intl cannot name. */
export function languageNameIn(pageLanguage: string, tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical || canonical.toLowerCase() === 'und') return undefined;
    return new Intl.DisplayNames([pageLanguage], { type: 'language', fallback: 'none' }).of(canonical);
  } catch {
    return undefined;
  }
}

/**
 * Language help: US clinics that take federal money must offer free
 * interpreters and say so (ACA section 1557). On by default; a clinic outside
 * that rule can turn the notice off. The languages each phone line answers in
 * are said only when the clinic lists them.
 */
const languageHelpSchema = z
  .strictObject({
    freeInterpreters: z.boolean('must be true or false').default(true),
    phoneLanguages: z
      .strictObject({
        phone: z.array(languageTag).min(1, 'must list at least one language').optional(),
        afterHoursPhone: z.array(languageTag).min(1, 'must list at least one language').optional(),
      })
      .optional(),
  })
  .default({ freeInterpreters: true });

/** "2026-11-30": a real calendar date, written the ISO way. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, like "2026-11-30"')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

/** Today's date (YYYY-MM-DD) in a time zone, or in UTC+14 (where the date is latest) when the zone is not valid. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  if (isValidTimeZone(timeZone)) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value;
    return `${part('year')}-${part('month')}-${part('day')}`;
  }
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Who checked the pages for this clinic (the review pack, docs/review-pack.md).
 * The date may not be after the build: every page says "Checked … on {date}",
 * and a date that has not come yet is a typing mistake or a promise, not a check
 * a patient can rely on. "Today" is the clinic's own date (its timeZone), so a
 * clinician signing in the evening is not refused for being ahead of UTC.
 */
const clinicalSignOffSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  role: z.string().trim().min(1, 'must not be empty'),
  date: isoDate,
});

/** Every config key that holds a phone number. */
const PHONE_KEYS = ['phone', 'afterHoursPhone'] as const;

export const clinicConfigSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  siteUrl,
  phone: phoneNumber,
  address: z.strictObject({
    street: z.string().trim().min(1, 'must not be empty'),
    city: z.string().trim().min(1, 'must not be empty'),
    region: z.string().trim().min(1, 'must not be empty'),
    postalCode: z.string().trim().min(1, 'must not be empty'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code like "US" or "GB"')
      .refine((country) => !/^[A-Z]{2}$/.test(country) || isPhoneCountry(country), {
        error: (issue) => `has "${String(issue.input)}", which is not a country code (ISO 3166-1, like "US" or "GB")`,
      }),
  }),
  timeZone: z.string().superRefine((timeZone, ctx) => {
    if (!isValidTimeZone(timeZone)) {
      ctx.addIssue({ code: 'custom', message: `"${timeZone}" is not a valid IANA time zone (e.g. "America/Denver")` });
    }
  }),
  // ASA fasting guidance: a light meal until 6 hours before, fried or fatty food and meat until 8, clear liquids until 2.
  fasting: z
    .strictObject({
      solidFoodHoursBefore: hoursBefore,
      clearLiquidsHoursBefore: hoursBefore.default(FASTING_DEFAULTS.clearLiquidsHoursBefore),
      fattyFoodHoursBefore: hoursBefore.optional(),
    })
    .refine((fasting) => fasting.clearLiquidsHoursBefore < fasting.solidFoodHoursBefore, {
      path: ['clearLiquidsHoursBefore'],
      message: 'must be less than fasting.solidFoodHoursBefore',
    })
    .refine((fasting) => fasting.fattyFoodHoursBefore === undefined || fasting.fattyFoodHoursBefore >= fasting.solidFoodHoursBefore, {
      path: ['fattyFoodHoursBefore'],
      message: 'must be at least fasting.solidFoodHoursBefore (fatty food stops first)',
    })
    // Left out, the fatty-food rule is ASA's 8 hours, or the food rule when that is longer (then it says nothing new).
    .transform((fasting) => ({
      ...fasting,
      fattyFoodHoursBefore: fasting.fattyFoodHoursBefore ?? Math.max(FASTING_DEFAULTS.fattyFoodHoursBefore, fasting.solidFoodHoursBefore),
    })),
  arrivalMinutesBefore: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(240, 'must be 240 or less'),
  emergencyNumber: z.string().regex(/^[0-9]{2,4}$/, 'must be a short emergency number like "911" or "112"'),

  // Optional: the site reads well without any of these.
  // How dates, times and temperatures are written; left out, the page's language in address.country (lib/format/locale.ts).
  locale: z
    .string()
    .refine(isSupportedLocale, {
      error: (issue) => `has "${String(issue.input)}", which is not a locale (BCP 47) this build can format dates for, like "en-GB" or "es-US"`,
    })
    .optional(),
  email: z.email('must be an email address').optional(),
  afterHoursPhone: phoneNumber.optional(),
  openingHours: openingHours.optional(),
  mapUrl: z.url({ protocol: /^https?$/, error: urlError('must be a full http(s) URL') }).optional(),
  schedulingUrl: z.url({ protocol: /^https?$/, error: urlError('must be a full http(s) URL') }).optional(),
  aftercare: aftercareSchema,
  // HSTS beyond this site: includeSubDomains and preload bind every other site
  // on the clinic's domain to HTTPS (a hospital's intranet too), so only on request.
  hsts: z
    .strictObject({
      includeSubDomains: z.boolean('must be true or false').default(false),
      preload: z.boolean('must be true or false').default(false),
    })
    .refine((hsts) => !hsts.preload || hsts.includeSubDomains, {
      path: ['preload'],
      message: 'needs hsts.includeSubDomains: true as well (the browsers\' preload list takes only whole domains)',
    })
    .default({ includeSubDomains: false, preload: false }),
  brand: brand.optional(),
  languages: languagesSchema,
  languageHelp: languageHelpSchema,
  offline: offlineSchema,
  clinicalSignOff: clinicalSignOffSchema.optional(),
}).refine((config) => !config.languageHelp.phoneLanguages?.afterHoursPhone || config.afterHoursPhone, {
  path: ['languageHelp', 'phoneLanguages', 'afterHoursPhone'],
  message: 'needs afterHoursPhone: the clinic has no out-of-hours number to describe',
}).superRefine((config, ctx) => {
  // A number is checked against the clinic's own country: the pages write it the way people there dial it.
  for (const key of PHONE_KEYS) {
    const value = config[key];
    if (value === undefined) continue;
    const result = readPhone(value, config.address.country);
    if (!result.ok) ctx.addIssue({ code: 'custom', path: [key], message: result.problem });
  }
}).superRefine((config, ctx) => {
  const signOff = config.clinicalSignOff;
  if (!signOff) return;
  const today = todayIn(config.timeZone);
  if (signOff.date > today) {
    ctx.addIssue({
      code: 'custom',
      path: ['clinicalSignOff', 'date'],
      message: `must not be in the future (${signOff.date} is after today, ${today}): give the day the pages were checked`,
    });
  }
});

export type ClinicConfig = z.infer<typeof clinicConfigSchema>;

export class ClinicConfigError extends Error {
  constructor(source: string, problems: string[]) {
    super(`Invalid clinic config ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ClinicConfigError';
  }
}

function fieldPath(pathParts: PropertyKey[]): string {
  return pathParts.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}

/**
 * Parses an already-read config; `source` names where it came from in error
 * messages. `baseDir` is the folder of the config file, which `brand.logo` is
 * relative to: with it, the logo file is checked and `brand.logo` becomes its
 * absolute path; without it (data that came from no file) it is left as written.
 */
export function parseClinicConfig(data: unknown, source: string, baseDir?: string): ClinicConfig {
  const result = clinicConfigSchema.safeParse(data, {
    error: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
      if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
      return undefined;
    },
  });
  if (result.success) return withBrandLogo(result.data, source, baseDir);
  throw new ClinicConfigError(
    source,
    result.error.issues.map((issue) => {
      const where = fieldPath(issue.path);
      return where ? `${where} ${issue.message}` : issue.message;
    }),
  );
}

function withBrandLogo(config: ClinicConfig, source: string, baseDir: string | undefined): ClinicConfig {
  if (!config.brand?.logo || baseDir === undefined) return config;
  const result = readBrandLogo(config.brand.logo, baseDir);
  if ('problem' in result) throw new ClinicConfigError(source, [`brand.logo ${result.problem}`]);
  return { ...config, brand: { ...config.brand, logo: result.logo.file } };
}

/** Reads a clinic JSON file, unparsed. */
function readClinicJson(absolute: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ClinicConfigError(absolute, [`cannot be read: ${(error as Error).message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ClinicConfigError(absolute, [`is not valid JSON: ${(error as Error).message}`]);
  }
}

/** Reads and parses a clinic JSON file. */
export function loadClinicConfig(file: string): ClinicConfig {
  const absolute = path.resolve(file);
  return parseClinicConfig(readClinicJson(absolute), absolute, path.dirname(absolute));
}

/** The configured clinic: the file CLINIC_CONFIG names, or the built-in default; as written and as parsed. */
function loadConfiguredClinic(): { written: unknown; parsed: ClinicConfig } {
  const absolute = clinicConfigFile();
  if (absolute) {
    const written = readClinicJson(absolute);
    return { written, parsed: parseClinicConfig(written, absolute, path.dirname(absolute)) };
  }
  return { written: defaultClinicJson, parsed: parseClinicConfig(defaultClinicJson, `${DEFAULT_CLINIC_CONFIG} (the built-in fictional clinic)`) };
}

const configured = loadConfiguredClinic();

/** The clinic this site is built for. */
export const clinic: ClinicConfig = configured.parsed;

/** The same config as the clinic wrote it, before defaults: the review pack marks each value the clinic left to the default. */
export const clinicAsWritten: unknown = configured.written;

/** The fever line above which a clinic's own rule is higher than CDC's and ASCO/IDSA's. */
export const FEVER_GUIDANCE_CELSIUS = 38.0;

/**
 * `Warning:` lines for values that are allowed but that a clinician should
 * confirm; the build prints them and goes on.
 */
export function clinicConfigWarnings(config: ClinicConfig): string[] {
  const warnings: string[] = [];
  if (config.aftercare.feverCelsius > FEVER_GUIDANCE_CELSIUS) {
    warnings.push(
      `Warning: aftercare.feverCelsius is ${config.aftercare.feverCelsius.toFixed(1)}, above the ${FEVER_GUIDANCE_CELSIUS.toFixed(1)} °C ` +
        'that CDC and ASCO/IDSA guidance uses for a fever during cancer treatment. Have a clinician confirm it.',
    );
  }
  return warnings;
}
