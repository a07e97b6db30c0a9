/** Opening hours from the clinic config, in words a patient reads easily. */
import type { ClinicConfig } from '@/lib/clinic/config';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';
import { clockText, usesTwelveHourClock, type DateTimeStyle } from '@/lib/format/date-time';
import { dateTimeStyle } from '@/lib/format/house-style';
import { pageLocale } from '@/lib/format/locale';

type OpeningHours = NonNullable<ClinicConfig['openingHours']>;
type WeekDay = OpeningHours[number]['days'][number];

const WEEK: WeekDay[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/**
 * "07:30" → "7:30 AM", "17:00" → "5 PM", "12:00" → "12 noon"; in Spanish "7:30 a. m.";
 * in the UK "7.30am", "5pm", "midday" (lib/format). Noon and midnight are the
 * dictionary's words unless the locale's style names them without digits ("midday").
 */
export function formatClock(time: string, lang: LanguageCode, style: DateTimeStyle = dateTimeStyle(pageLocale(lang, 'US'))): string {
  const { hours } = dictionaryFor(lang);
  const [h = 0, m = 0] = time.split(':').map(Number);
  const inWords = (word: string | undefined) => (word && !/\d/.test(word) ? word : undefined);
  if (usesTwelveHourClock(style) && m === 0 && h === 12) return inWords(style.noon) ?? hours.noon;
  if (usesTwelveHourClock(style) && m === 0 && h === 0) return inWords(style.midnight) ?? hours.midnight;
  return clockText(h, m, style, { short: true });
}

/** ["Mo","Tu","We","Th","Fr"] → "Monday to Friday"; ["Mo","We"] → "Monday and Wednesday". */
export function formatDays(days: WeekDay[], lang: LanguageCode): string {
  const { hours: DAY_NAMES } = dictionaryFor(lang);
  const sorted = [...new Set(days)].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  // Split into runs of consecutive days; a run of three or more reads as "X to Y".
  const runs: WeekDay[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && WEEK.indexOf(day) === WEEK.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [fill(DAY_NAMES.dayRun, { first: DAY_NAMES[run[0]!], last: DAY_NAMES[run.at(-1)!] })] : run.map((day) => DAY_NAMES[day]),
  );
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${DAY_NAMES.and} ${parts.at(-1)}`;
}

/** One line per entry: "Monday to Friday: 7:30 AM to 5 PM"; "lunes a viernes: de 7:30 a. m. a 5 p. m.". */
export function formatOpeningHours(hours: OpeningHours, lang: LanguageCode, style?: DateTimeStyle): string[] {
  const { hours: words } = dictionaryFor(lang);
  const capitalised = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);
  return hours.map((entry) =>
    capitalised(fill(words.line, { days: formatDays(entry.days, lang), opens: formatClock(entry.opens, lang, style), closes: formatClock(entry.closes, lang, style) })),
  );
}
