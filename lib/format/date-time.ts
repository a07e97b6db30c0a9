/**
 * Dates and clock times as the clinic's country writes them, for the pages
 * (at build time) and the page scripts (in the browser). Intl supplies the
 * names, the order and the clock (12- or 24-hour) of the locale; a
 * `DateTimeStyle` adds the few house rules where a national style guide for
 * patient information differs from Intl's own output (house-style.ts). Plain
 * functions and no imports: the planner and the staff tool ship this file, and
 * the build hands them the style as JSON.
 */

/** How one language in one country writes dates and times; JSON, so it can travel to a page script. */
export type DateTimeStyle = {
  /** BCP 47, "en-US": Intl's names, order and clock. */
  locale: string;
  /** Force a 12-hour (true) or 24-hour (false) clock; left out, the locale's own. */
  hour12?: boolean;
  /** Day-period words in place of Intl's ("a. m."). */
  am?: string;
  pm?: string;
  /** Between hour and minutes, in place of Intl's ":" (NHS: "5.30pm"). */
  minuteSeparator?: string;
  /** No space before the day period ("5.30pm"). */
  joinDayPeriod?: boolean;
  /** Exactly 12:00 and 0:00 on a 12-hour clock, in words ("midday", "midnight"). */
  noon?: string;
  midnight?: string;
  /** On the hour, no minutes on a 12-hour clock ("7am", not "7.00am"), as NHS pages write it. */
  wholeHours?: boolean;
  /** Drop Intl's comma after the weekday when the day comes before the month ("Tuesday 15 June 2027"). */
  noWeekdayComma?: boolean;
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

// ICU writes U+202F or U+00A0 before "AM" and inside dates; plain spaces copy, search and print the same everywhere.
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * "Tuesday, June 15, 2027" (en-US), "Tuesday 15 June 2027" (en-GB), "martes,
 * 15 de junio de 2027" (es-US): the day of `instant` in `timeZone`. Without the
 * year: "Tuesday, June 15". Without the weekday: "June 15, 2027".
 */
export function dateText(
  instant: Date,
  timeZone: string,
  style: DateTimeStyle,
  { year = true, weekday = true }: { year?: boolean; weekday?: boolean } = {},
): string {
  const parts = formatter(style.locale, {
    timeZone,
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' } : {}),
  }).formatToParts(instant);
  const dayFirst = parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
  return plainSpaces(
    parts
      .map((part, index) =>
        style.noWeekdayComma && dayFirst && part.type === 'literal' && parts[index - 1]?.type === 'weekday' ? part.value.replace(',', '') : part.value,
      )
      .join(''),
  );
}

/** "8:30 AM" (en-US), "8.30am" (en-GB, NHS style), "8:30 a. m." (es-US), "08:30" (es-ES): a wall-clock time. */
export function clockText(hour: number, minute: number, style: DateTimeStyle, { short = false }: { short?: boolean } = {}): string {
  const twelveHour = usesTwelveHourClock(style);
  if (twelveHour && minute === 0 && hour === 12 && style.noon) return style.noon;
  if (twelveHour && minute === 0 && hour === 0 && style.midnight) return style.midnight;
  // Short (opening hours): "5 PM", "5pm", not "5:00 PM"; a 24-hour clock keeps its minutes ("17:00").
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    hour: 'numeric',
    ...((short || style.wholeHours) && twelveHour && minute === 0 ? {} : { minute: '2-digit' }),
    // h12 and h23, not hour12: en-GB's own 12-hour cycle is h11 ("0.30am").
    hourCycle: twelveHour ? 'h12' : 'h23',
  };
  const parts = formatter(style.locale, options).formatToParts(new Date(Date.UTC(2000, 0, 1, hour, minute)));
  const text = parts
    .map((part, index) => {
      if (part.type === 'dayPeriod') return (hour < 12 ? style.am : style.pm) ?? part.value;
      if (part.type === 'literal' && parts[index - 1]?.type === 'hour' && parts[index + 1]?.type === 'minute') return style.minuteSeparator ?? part.value;
      if (part.type === 'literal' && parts[index + 1]?.type === 'dayPeriod' && style.joinDayPeriod) return '';
      return part.value;
    })
    .join('');
  return plainSpaces(text);
}

/** Whether the style writes a 12-hour clock with a day period ("8:30 AM") rather than a 24-hour one ("08:30"). */
export function usesTwelveHourClock(style: DateTimeStyle): boolean {
  return style.hour12 ?? formatter(style.locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions().hour12 === true;
}

/** The wall-clock hour and minute of an instant in a zone. */
function wallClock(instant: Date, timeZone: string): { hour: number; minute: number } {
  const parts = formatter('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { hour: part('hour') % 24, minute: part('minute') };
}

/** `clockText` of an instant in a zone. */
export function timeText(instant: Date, timeZone: string, style: DateTimeStyle): string {
  const { hour, minute } = wallClock(instant, timeZone);
  return clockText(hour, minute, style);
}

/** "Tuesday, June 15, 2027, 8:30 AM"; "Tuesday 15 June 2027, 8.30am"; "martes, 15 de junio de 2027, 8:30 a. m.". */
export function dateTimeText(instant: Date, timeZone: string, style: DateTimeStyle, options: { year?: boolean } = {}): string {
  return `${dateText(instant, timeZone, style, options)}, ${timeText(instant, timeZone, style)}`;
}

/** A style as a page script reads it from its data attribute, or null if it is not one. */
export function readDateTimeStyle(value: unknown): DateTimeStyle | null {
  if (typeof value !== 'object' || value === null) return null;
  const style = value as Record<string, unknown>;
  if (typeof style.locale !== 'string') return null;
  try {
    new Intl.DateTimeFormat(style.locale);
  } catch {
    return null;
  }
  const texts = ['am', 'pm', 'minuteSeparator', 'noon', 'midnight'];
  const flags = ['hour12', 'joinDayPeriod', 'noWeekdayComma', 'wholeHours'];
  if (texts.some((key) => style[key] !== undefined && typeof style[key] !== 'string')) return null;
  if (flags.some((key) => style[key] !== undefined && typeof style[key] !== 'boolean')) return null;
  return style as DateTimeStyle;
}
