/**
 * Finds clinic-specific values written into page text: phone numbers, street
 * addresses, fasting times and aftercare values (day counts, the fever line).
 * These must come from the clinic config through components (<ClinicPhone />,
 * <ClinicAddress />, <FastingRules />, <DressingDays />, <CheckUpDays />,
 * <FeverTemperature />, <HeavyLiftingDays />), or a second clinic's site would
 * show the first clinic's values. English and Spanish pages (content/es/) are
 * both checked: "6 horas antes", "3 días", "7 a 10 días", "día 3" count too.
 */
import { FRONTMATTER } from '@/lib/content/pages';

export type ClinicValueKind = 'phone number' | 'street address' | 'fasting hour' | 'aftercare days' | 'temperature';
export type ClinicValueFinding = { kind: ClinicValueKind; line: number; text: string };

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|' + 'una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce';

// Seven or more digits in groups joined by spaces, dots, dashes or brackets: "303-555-0142",
// "+1 (303) 555 0142", "303.555.0142", "3035550142". Dates (2026-11-22) are only 8 digits
// in a 4-2-2 shape and are ruled out below.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d(?:[\s.-]?\d){6,14}/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const STREET_TYPES =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|parkway|pkwy|highway|hwy|terrace|circle|square';
// A house number, one to four capitalised words, then a street type: "1200 Example Avenue", "77 Pier Lane".
// Street types match with a capital or small first letter ("Lane", "lane"), the rest as written.
const streetTypes = STREET_TYPES.split('|')
  .map((type) => `[${type[0]!.toUpperCase()}${type[0]}]${type.slice(1)}`)
  .join('|');
const STREET = new RegExp(`\\b\\d{1,6}\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}(?:${streetTypes})\\b\\.?`, 'g');
const SUITE_OR_BOX = /\b(?:suite|ste\.?|p\.?\s?o\.?\s+box)\s+\d+/gi;

// "6 hours before", "six hours prior", "4 hrs before your procedure", "after midnight",
// "from 2 am", "until 10:30 pm": a clinic's own cut-off times.
const FASTING = [
  new RegExp(`\\b(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS}|an?)\\s*(?:-|(?:to|a)\\s+\\d+\\s*)?(?:hours?|hrs?|h|horas?)\\s+(?:before|prior|antes)\\b`, 'gi'),
  /\b(?:after|from|past)\s+midnight\b/gi,
  /(?:después de|desde) (?:la )?medianoche\b/gi,
  /\b(?:no|stop|nothing|don'?t|do not)\b[^.\n]{0,40}\b(?:after|before|from|until)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)/gi,
];

// "3 days", "7 to 10 days", "7-10 days", "seven days", "2 weeks", "day 3", "Day 7 to 10":
// how long a dressing stays on, when the check-up is, how long to avoid lifting.
// "a few days", "the next day" and "once a month" name no number and are left alone.
const COUNT = `(?:\\d+|${NUMBER_WORDS})`;
const AFTERCARE_DAYS = [
  new RegExp(`\\b${COUNT}(?:\\s*(?:-|–|—|to|or|a|o)\\s*${COUNT})?\\s*(?:days?|weeks?|días?|semanas?)(?![\\wáéíóú])`, 'gi'),
  new RegExp(`\\b(?:days?|weeks?|días?|semanas?)\\s+\\d+(?:\\s*(?:-|–|—|to|or|a|o)\\s*\\d+)?\\b`, 'gi'),
  /\b(?:for|about|within|after|in|until)\s+(?:about\s+)?an?\s+(?:week|fortnight)\b/gi,
];

// "100.4 °F", "38 °C", "38.0°C", "101 degrees", "38 Celsius", "101 F", or a bare fever
// reading such as "100.4" or "38.5": the clinic's fever line.
const TEMPERATURE = [
  /\b\d{2,3}(?:[.,]\d+)?\s*(?:°|º|degrees?\b|fahrenheit\b|celsius\b|centigrade\b)(?:\s*(?:F|C)\b)?/gi,
  /\b\d{2,3}(?:[.,]\d+)?\s?[FC]\b/g,
  /\b(?:3[5-9]|4[0-2]|9[5-9]|10[0-7])[.,]\d\b/g,
];

function findAll(pattern: RegExp, line: string): string[] {
  return [...line.matchAll(pattern)].map((match) => match[0]);
}

/** Matches of several patterns, leaving out any that lies inside a longer one ("100.4" in "100.4 °F"). */
function withoutOverlaps(patterns: RegExp[], line: string): string[] {
  const matches = patterns.flatMap((pattern) => [...line.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
  return matches
    .filter((m, i) => !matches.some((other, j) => j !== i && other.start <= m.start && other.end >= m.end && (other.end - other.start > m.end - m.start || j < i)))
    .sort((a, b) => a.start - b.start)
    .map((m) => m.text);
}

/** Every clinic value in one line of text. */
export function findInLine(line: string): { kind: ClinicValueKind; text: string }[] {
  const found: { kind: ClinicValueKind; text: string }[] = [];
  for (const text of findAll(PHONE, line)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 7 && !ISO_DATE.test(text.trim())) found.push({ kind: 'phone number', text: text.trim() });
  }
  for (const text of [...findAll(STREET, line), ...findAll(SUITE_OR_BOX, line)]) found.push({ kind: 'street address', text });
  for (const pattern of FASTING) for (const text of findAll(pattern, line)) found.push({ kind: 'fasting hour', text });
  for (const pattern of AFTERCARE_DAYS) for (const text of findAll(pattern, line)) found.push({ kind: 'aftercare days', text });
  for (const text of withoutOverlaps(TEMPERATURE, line)) found.push({ kind: 'temperature', text });
  return found;
}

/**
 * Every clinic value in an MDX file's text, with 1-based line numbers. The
 * frontmatter is skipped: its dates are not phone numbers, and it holds no clinic values.
 */
export function findClinicValues(source: string): ClinicValueFinding[] {
  const frontmatter = FRONTMATTER.exec(source)?.[0] ?? '';
  const skipLines = frontmatter ? frontmatter.split(/\r?\n/).length - 1 : 0;
  return source.split(/\r?\n/).flatMap((line, index) =>
    index < skipLines ? [] : findInLine(line).map((finding) => ({ ...finding, line: index + 1 })),
  );
}
