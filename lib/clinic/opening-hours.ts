/** Opening hours from the clinic config, in words a patient reads easily. */
import type { ClinicConfig } from '@/lib/clinic/config';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';

type OpeningHours = NonNullable<ClinicConfig['openingHours']>;
type WeekDay = OpeningHours[number]['days'][number];

const WEEK: WeekDay[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** "07:30" → "7:30 AM", "17:00" → "5 PM", "12:00" → "12 noon"; in Spanish "7:30 a. m.", "12 del mediodía". */
export function formatClock(time: string, lang: LanguageCode): string {
  const { hours, plannerScript } = dictionaryFor(lang);
  const [h = 0, m = 0] = time.split(':').map(Number);
  if (h === 12 && m === 0) return hours.noon;
  if (h === 0 && m === 0) return hours.midnight;
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 ? '' : `:${String(m).padStart(2, '0')}`;
  return `${hour12}${minutes} ${h < 12 ? plannerScript.am : plannerScript.pm}`;
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
export function formatOpeningHours(hours: OpeningHours, lang: LanguageCode): string[] {
  const { hours: words } = dictionaryFor(lang);
  const capitalised = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);
  return hours.map((entry) =>
    capitalised(fill(words.line, { days: formatDays(entry.days, lang), opens: formatClock(entry.opens, lang), closes: formatClock(entry.closes, lang) })),
  );
}
