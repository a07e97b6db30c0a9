/** Links a medical word to its plain-words entry on the glossary page. */
import { slug } from 'github-slugger';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** The glossary entry's id: its heading slugged the way rehype-slug does. */
export function glossaryHref(term: string): string {
  return `/glossary#${slug(term)}`;
}

export function GlossaryTerm({ term, children }: { term: string; children?: ReactNode }) {
  return <Link href={glossaryHref(term)}>{children ?? term}</Link>;
}
