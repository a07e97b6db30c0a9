/**
 * The search page's A to Z list, built at build time from the same headings
 * "On this page" lists (lib/content/headings.ts): every page's title and every
 * section heading, sorted as the language sorts, under its first letter.
 * Glossary terms get their own list (glossaryTerms), so they are not repeated here.
 */
import { foldAccents } from './terms';

export type AtoZPage = { title: string; href: string; headings: { depth: number; text: string; id: string }[] };

export type AtoZEntry = { text: string; href: string; /** The page a section is on; absent for a page's own title. */ page?: string };

export type AtoZLetter = { letter: string; entries: AtoZEntry[] };

/** Leading punctuation does not decide the letter: "¿Puedo nadar?" goes under P. */
const sortText = (text: string) => text.replace(/^[^\p{L}\p{N}]+/u, '');

/** The letter an entry is filed under: accents folded ("Á" under A), Ñ kept as Spanish files it. */
export function letterOf(text: string): string {
  const first = [...foldAccents(sortText(text))][0] ?? '#';
  return /\p{L}/u.test(first) ? first.toUpperCase() : '#';
}

/** Entries grouped by letter, in the language's alphabetical order (Intl.Collator). */
export function aToZ(pages: AtoZPage[], locale: string, skip: (page: AtoZPage, depth: number) => boolean = () => false): AtoZLetter[] {
  const entries: AtoZEntry[] = pages.flatMap((page) => [
    { text: page.title, href: page.href },
    ...page.headings.filter((heading) => !skip(page, heading.depth)).map((heading) => ({ text: heading.text, href: `${page.href}#${heading.id}`, page: page.title })),
  ]);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  entries.sort((a, b) => collator.compare(sortText(a.text), sortText(b.text)) || collator.compare(a.page ?? '', b.page ?? ''));
  const letters: AtoZLetter[] = [];
  for (const entry of entries) {
    const letter = letterOf(entry.text);
    if (letters.at(-1)?.letter !== letter) letters.push({ letter, entries: [] });
    letters.at(-1)!.entries.push(entry);
  }
  return letters;
}
