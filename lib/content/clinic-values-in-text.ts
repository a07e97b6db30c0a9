/**
 * Finds clinic-specific values written into page text: phone numbers, street
 * addresses and fasting times. These must come from the clinic config through
 * components (<ClinicPhone />, <ClinicAddress />, <FastingRules />), or a second
 * clinic's site would show the first clinic's values.
 */
import { FRONTMATTER } from '@/lib/content/pages';

export type ClinicValueKind = 'phone number' | 'street address' | 'fasting hour';
export type ClinicValueFinding = { kind: ClinicValueKind; line: number; text: string };

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

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
  new RegExp(`\\b(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS}|an?)\\s*(?:-|to\\s+\\d+\\s*)?(?:hours?|hrs?|h)\\s+(?:before|prior)\\b`, 'gi'),
  /\b(?:after|from|past)\s+midnight\b/gi,
  /\b(?:no|stop|nothing|don'?t|do not)\b[^.\n]{0,40}\b(?:after|before|from|until)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)/gi,
];

function findAll(pattern: RegExp, line: string): string[] {
  return [...line.matchAll(pattern)].map((match) => match[0]);
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
