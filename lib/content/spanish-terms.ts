/**
 * The Spanish term list of content/TRANSLATING.md, read from its two tables
 * (between the `spanish-terms` markers), and a finder for the rejected words in
 * a text. One term per concept keeps the twelve pages and the dictionary
 * speaking with one voice (the Spanish read of 2026-12-02, L33–L46).
 */
export type TermRule = { concept: string; use: string; rejected: string[] };
export type AllowRule = { rejected: string; phrase: string; why: string };
export type TermList = { rules: TermRule[]; allowed: AllowRule[] };
export type TermFinding = { line: number; found: string; use: string; concept: string };

function tableBetween(markdown: string, name: string): string[][] {
  const match = markdown.match(new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`));
  if (!match) throw new Error(`No <!-- ${name}:start --> … <!-- ${name}:end --> table`);
  return match[1]!
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.startsWith('|') && !/^\|[\s|:-]+\|$/.test(row))
    .slice(1) // the header row
    .map((row) =>
      row
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** The words in backticks of a table cell: "`a`, `b c`" → ["a", "b c"]. */
const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.normalize('NFC'));

export function parseTermList(markdown: string): TermList {
  const rules = tableBetween(markdown, 'spanish-terms').map(([concept = '', use = '', rejected = '']) => ({
    concept,
    use,
    rejected: codes(rejected),
  }));
  const allowed = tableBetween(markdown, 'spanish-terms-allowed').map(([rejected = '', phrase = '', why = '']) => ({
    rejected: codes(rejected)[0] ?? '',
    phrase: codes(phrase)[0] ?? '',
    why,
  }));
  return { rules, allowed };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = '[\\p{L}\\p{N}]';

/** A whole-word, case-blind, accent-keeping pattern; "añad*" matches any ending, "tubo fino" any spacing. */
function patternFor(entry: string): RegExp {
  const prefix = entry.endsWith('*');
  const words = (prefix ? entry.slice(0, -1) : entry).trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<!${LETTER})${words}${prefix ? `${LETTER}*` : `(?!${LETTER})`}`, 'giu');
}

/** Every rejected word in the text, line by line, minus the allowed phrases for that word. */
export function findRejectedTerms(text: string, list: TermList): TermFinding[] {
  const findings: TermFinding[] = [];
  text
    .normalize('NFC')
    .split('\n')
    .forEach((raw, index) => {
      for (const rule of list.rules) {
        for (const entry of rule.rejected) {
          let line = raw;
          for (const allow of list.allowed.filter((a) => a.rejected === entry)) {
            line = line.replace(patternFor(allow.phrase), (m) => ' '.repeat(m.length));
          }
          for (const match of line.matchAll(patternFor(entry))) {
            findings.push({ line: index + 1, found: match[0], use: rule.use, concept: rule.concept });
          }
        }
      }
    });
  return findings;
}
