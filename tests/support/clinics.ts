/**
 * The clinics the browser tests run against, each a profile: its config (the
 * input the site was built from), the languages and server of its build, and
 * what the pages must show for it, written out by hand from the config, never
 * worked out by the code under test. The suites in tests/e2e/suites/ take a
 * profile, so each check is written once and runs for both clinics:
 * the default clinic (lib/clinic/default-clinic.json, built to out/) and the
 * second clinic (tests/fixtures/second-clinic.json, built to out-second-clinic/:
 * English only, its own colour and logo, a 12-week flush, a 38.5 °C fever, and
 * none of the optional contact values).
 */
import fs from 'node:fs';
import path from 'node:path';
import defaultClinicConfig from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import secondClinicConfig from '../fixtures/second-clinic.json' with { type: 'json' };
import { SECOND_CLINIC_URL, SITE_URL } from '../e2e/servers';

type LanguageCode = 'en' | 'es';

/** A fixed appointment (clinic time) and the times the planner must show for it, each as a patient reads it. */
export type PlannerCase = {
  value: string;
  why: string;
  appointment: string;
  /** Absent when the clinic has no fatty-food rule: then the line must not be shown. */
  fatty?: string;
  food: string;
  liquids: string;
  arrival: string;
};

export type ClinicProfile = {
  /** How test titles name it. */
  label: string;
  /** The raw config the site was built from. */
  config: {
    name: string;
    siteUrl: string;
    phone: string;
    emergencyNumber: string;
    address: { street: string; city: string; region: string; postalCode: string };
    offline?: { enabled?: boolean; maxAgeDays?: number };
  };
  /** The main number as its pages write it (the country's national format) and dial it (E.164). */
  phone: { text: string; href: string };
  /** The languages its site is built in, English first. */
  languages: LanguageCode[];
  /** Its build's server (tests/e2e/servers.ts). */
  baseURL: string;
  /** The other clinic's name, phone, street and address: none may appear on this clinic's pages. */
  otherClinic: string[];
  brand: {
    /** The colour as the config writes it, and as the browser computes it. */
    hex: string;
    rgb: string;
    /** The darker shade on the navigation links and the light one behind the journey's numbers, where written down. */
    darkRgb?: string;
    lightRgb?: string;
    /** Its logo file's bytes, or null: then the header shows the name and no image. */
    logo: Buffer | null;
  };
  /** The fever line, as the lists say it. */
  fever: string;
  /** Aftercare days and the flush interval, as the pages say them. */
  aftercare: { dressing: number; checkUp: string; lifting: number; flush: string };
  /** Another clinic's (the default's) aftercare values: none may appear on this clinic's pages. */
  absentAftercare: RegExp[];
  /** Another clinic's fasting and arrival times: none may appear on this clinic's pages. */
  absentRules: RegExp[];
  fasting: { foodHours: number; liquidsHours: number; arrivalMinutes: number; fattyHours?: number };
  contact: {
    /** The opening hours line, or null: then the page says how to find out. */
    hours: string | null;
    email: string | null;
    afterHoursPhone: { text: string; href: string } | null;
    /** The full address as the directions link searches for it. */
    mapQuery: string;
    /** The line under "Urgent advice" on /when-to-get-help. */
    urgentCall: string;
  };
  planner: { timeZone: string; cases: PlannerCase[] };
  /**
   * The flush reminder on /using-your-port for a last flush on 6 January 2027, with today 20 January 2027:
   * the next three flush dates, as ISO dates (the calendar file) and as the page writes them in each language.
   */
  flushReminder: { weeks: number; iso: string[]; shown: Partial<Record<LanguageCode, string[]>> };
  /** The staff page for 2027-06-15T13:30. */
  staff: {
    timeZoneDescription: string;
    link: string;
    status: string;
    letter: { food: string; liquids: string; arrival: string };
  };
};

export const DEFAULT_CLINIC: ClinicProfile = {
  label: 'default clinic',
  config: defaultClinicConfig,
  // The config writes "+1 303-555-0142"; US patients read "(303) 555-0142".
  phone: { text: '(303) 555-0142', href: 'tel:+13035550142' },
  languages: ['en', 'es'],
  baseURL: SITE_URL,
  otherClinic: ['Harbour Point Imaging', '(206) 555-0117', '77 Pier Lane', 'https://ports.harbourpoint.example'],
  // The colours tailwind.config.ts held before the colour became configurable (#005a8c, #003d5f, #e6f0f6).
  brand: { hex: '#005a8c', rgb: 'rgb(0, 90, 140)', darkRgb: 'rgb(0, 61, 95)', lightRgb: 'rgb(230, 240, 246)', logo: null },
  fever: '100.4 °F (38.0 °C)',
  aftercare: { dressing: 3, checkUp: '7 to 10', lifting: 7, flush: '4 weeks' },
  absentAftercare: [/38\.5/, /101\.3/, /\b12 weeks\b/, /\b10 to 14 days\b/, /Day 10 to 14/],
  absentRules: [],
  fasting: { foodHours: 6, liquidsHours: 2, arrivalMinutes: 60, fattyHours: 8 },
  contact: {
    hours: 'Monday to Friday: 7:30 AM to 5 PM',
    email: 'ports@example.org',
    afterHoursPhone: { text: '(303) 555-0199', href: 'tel:+13035550199' },
    mapQuery: '1200 Example Avenue, Suite 300, Denver, CO 80200, US',
    urgentCall: 'Call us at (303) 555-0142. When we are closed, call (303) 555-0199.',
  },
  planner: {
    timeZone: 'Mountain Time',
    cases: [
      {
        value: '2027-06-15T07:30',
        why: 'a morning appointment: 6 hours before 7:30 AM is after midnight on the same day',
        appointment: 'Tuesday, June 15, 2027, 7:30 AM',
        fatty: 'Monday, June 14, 2027, 11:30 PM — the night before',
        food: 'Tuesday, June 15, 2027, 1:30 AM — the night before, after midnight',
        liquids: 'Tuesday, June 15, 2027, 5:30 AM — the same morning',
        arrival: 'Tuesday, June 15, 2027, 6:30 AM — the same morning',
      },
      {
        value: '2027-09-08T15:00',
        why: 'an afternoon appointment keeps the cut-offs on the same day',
        appointment: 'Wednesday, September 8, 2027, 3:00 PM',
        fatty: 'Wednesday, September 8, 2027, 7:00 AM — the same morning',
        food: 'Wednesday, September 8, 2027, 9:00 AM — the same morning',
        liquids: 'Wednesday, September 8, 2027, 1:00 PM — the same afternoon',
        arrival: 'Wednesday, September 8, 2027, 2:00 PM — the same afternoon',
      },
      {
        value: '2028-01-20T05:45',
        why: 'an early appointment puts the food cut-off before midnight, the evening before',
        appointment: 'Thursday, January 20, 2028, 5:45 AM',
        fatty: 'Wednesday, January 19, 2028, 9:45 PM — the night before',
        food: 'Wednesday, January 19, 2028, 11:45 PM — the night before',
        liquids: 'Thursday, January 20, 2028, 3:45 AM — the night before, after midnight',
        arrival: 'Thursday, January 20, 2028, 4:45 AM — the night before, after midnight',
      },
      {
        // Clocks go forward at 2:00 AM MST (2:00 becomes 3:00 MDT) on Sunday, March 14, 2027.
        value: '2027-03-14T07:30',
        why: 'across the spring-forward change: 6 real hours before 7:30 AM MDT is 12:30 AM MST, not 1:30 AM',
        appointment: 'Sunday, March 14, 2027, 7:30 AM',
        fatty: 'Saturday, March 13, 2027, 10:30 PM — the night before',
        food: 'Sunday, March 14, 2027, 12:30 AM — the night before, after midnight',
        liquids: 'Sunday, March 14, 2027, 5:30 AM — the same morning',
        arrival: 'Sunday, March 14, 2027, 6:30 AM — the same morning',
      },
      {
        // Clocks go back at 2:00 AM MDT (2:00 becomes 1:00 MST) on Sunday, November 7, 2027.
        value: '2027-11-07T06:30',
        why: 'across the fall-back change: 6 real hours before 6:30 AM MST is the first 1:30 AM (MDT), not 12:30 AM, and the page says which 1:30 AM (the calendar test in planner.spec.ts checks the UTC time)',
        appointment: 'Sunday, November 7, 2027, 6:30 AM',
        fatty: 'Saturday, November 6, 2027, 11:30 PM — the night before',
        food: 'Sunday, November 7, 2027, 1:30 AM — the night before, after midnight. The clocks go back, so 1:30 AM comes twice that day: this is the first one, before the change',
        liquids: 'Sunday, November 7, 2027, 4:30 AM — the night before, after midnight',
        arrival: 'Sunday, November 7, 2027, 5:30 AM — the same morning',
      },
    ],
  },
  // Every 4 weeks from Wednesday 6 January 2027; the third date is after the clocks go forward (14 March).
  flushReminder: {
    weeks: 4,
    iso: ['2027-02-03', '2027-03-03', '2027-03-31'],
    shown: {
      en: ['Wednesday, February 3, 2027', 'Wednesday, March 3, 2027', 'Wednesday, March 31, 2027'],
      es: ['miércoles, 3 de febrero de 2027', 'miércoles, 3 de marzo de 2027', 'miércoles, 31 de marzo de 2027'],
    },
  },
  staff: {
    timeZoneDescription: 'In clinic time: Mountain Time (America/Denver).',
    link: 'https://port-guide.example.org/preparation?appointment=2027-06-15T13:30',
    status: 'Ready for Tuesday, June 15, 2027, 1:30 PM, in English.',
    letter: {
      food: 'Tuesday, June 15, 2027, 7:30 AM — the same morning',
      liquids: 'Tuesday, June 15, 2027, 11:30 AM — the same morning',
      arrival: 'Tuesday, June 15, 2027, 12:30 PM — the same afternoon',
    },
  },
};

export const SECOND_CLINIC: ClinicProfile = {
  label: 'second clinic',
  config: secondClinicConfig,
  phone: { text: '(206) 555-0117', href: 'tel:+12065550117' },
  // Its config has no "languages" key: English only.
  languages: ['en'],
  baseURL: SECOND_CLINIC_URL,
  otherClinic: ['Riverbend Vascular & Interventional Clinic', '(303) 555-0142', '(303) 555-0199', '1200 Example Avenue, Suite 300', 'https://port-guide.example.org'],
  // #7a1f5c.
  brand: { hex: '#7a1f5c', rgb: 'rgb(122, 31, 92)', logo: fs.readFileSync(path.resolve('tests/fixtures/second-clinic-logo.svg')) },
  fever: '101.3 °F (38.5 °C)',
  aftercare: { dressing: 2, checkUp: '10 to 14', lifting: 5, flush: '12 weeks' },
  // The default clinic's 38.0 °C / 100.4 °F, 3 days, 7 to 10 days, 7 days and 4 weeks (a flush once a month).
  absentAftercare: [/100\.4/, /38\.0 ?°C/, /\b3 days\b/, /\b7 to 10 days\b/, /\b7 days\b/, /Day 3\b/, /Day 7 to 10/, /\b4 weeks\b/, /once a month|each month/i],
  // The default clinic's food 6 hours and arrival 60 minutes early, and 4 hours, the other common clear-liquid rule.
  // "four hours" in words is allowed only in the fever rule ("two readings taken four hours apart"), the same for every clinic.
  absentRules: [/\b6[ -]hours?\b/i, /\bsix[ -]hours?\b/i, /\b4[ -]hours?\b/i, /\bfour[ -]hours?\b(?! apart)/i, /\b60[ -]minutes?\b/i, /\bsixty[ -]minutes?\b/i],
  fasting: { foodHours: 8, liquidsHours: 2, arrivalMinutes: 45 },
  contact: {
    hours: null,
    email: null,
    afterHoursPhone: null,
    mapQuery: '77 Pier Lane, Seattle, WA 98101, US',
    urgentCall: 'Call us at (206) 555-0117. If we are closed, go to your nearest emergency department.',
  },
  planner: {
    timeZone: 'Pacific Time',
    cases: [
      {
        value: '2027-12-03T07:30',
        why: '8 hours before 7:30 AM is before midnight, the evening before',
        appointment: 'Friday, December 3, 2027, 7:30 AM',
        food: 'Thursday, December 2, 2027, 11:30 PM — the night before',
        liquids: 'Friday, December 3, 2027, 5:30 AM — the same morning',
        arrival: 'Friday, December 3, 2027, 6:45 AM — the same morning',
      },
      {
        // Clocks go forward at 2:00 AM PST (to 3:00 PDT) on Sunday, March 12, 2028.
        value: '2028-03-12T07:30',
        why: 'across the spring-forward change: 8 real hours before 7:30 AM PDT is 10:30 PM PST, not 11:30 PM',
        appointment: 'Sunday, March 12, 2028, 7:30 AM',
        food: 'Saturday, March 11, 2028, 10:30 PM — the night before',
        liquids: 'Sunday, March 12, 2028, 5:30 AM — the same morning',
        arrival: 'Sunday, March 12, 2028, 6:45 AM — the same morning',
      },
      {
        // Clocks go back at 2:00 AM PDT (to 1:00 PST) on Sunday, November 7, 2027.
        value: '2027-11-07T07:30',
        why: 'across the fall-back change: 8 real hours before 7:30 AM PST is 12:30 AM PDT, not 11:30 PM the day before',
        appointment: 'Sunday, November 7, 2027, 7:30 AM',
        food: 'Sunday, November 7, 2027, 12:30 AM — the night before, after midnight',
        liquids: 'Sunday, November 7, 2027, 5:30 AM — the same morning',
        arrival: 'Sunday, November 7, 2027, 6:45 AM — the same morning',
      },
    ],
  },
  // Every 12 weeks from Wednesday 6 January 2027.
  flushReminder: {
    weeks: 12,
    iso: ['2027-03-31', '2027-06-23', '2027-09-15'],
    shown: { en: ['Wednesday, March 31, 2027', 'Wednesday, June 23, 2027', 'Wednesday, September 15, 2027'] },
  },
  staff: {
    timeZoneDescription: 'In clinic time: Pacific Time (America/Los_Angeles).',
    link: 'https://ports.harbourpoint.example/preparation?appointment=2027-06-15T13:30',
    status: 'Ready for Tuesday, June 15, 2027, 1:30 PM, in English.',
    letter: {
      food: 'Tuesday, June 15, 2027, 5:30 AM — the same morning',
      liquids: 'Tuesday, June 15, 2027, 11:30 AM — the same morning',
      arrival: 'Tuesday, June 15, 2027, 12:45 PM — the same afternoon',
    },
  },
};
