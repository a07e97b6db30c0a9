/** Links a medical word to its plain-words entry on the glossary page. */
import { slug } from 'github-slugger';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { localePath, type LanguageCode } from '@/lib/i18n';

/**
 * The glossary entry's id: its English heading slugged the way rehype-slug
 * does. Translated glossaries keep the English ids ({#septum}), so `term`
 * stays the English name on every page and the link goes to the page's own language.
 */
export function glossaryHref(term: string, lang: LanguageCode): string {
  return localePath(lang, `/glossary#${slug(term)}`);
}

export function GlossaryTerm({ term, children, lang }: { term: string; children?: ReactNode; lang: LanguageCode }) {
  return <Link href={glossaryHref(term, lang)}>{children ?? term}</Link>;
}
