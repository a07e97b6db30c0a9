/**
 * "On this page": links to the page's main (h2) sections, so a reader can see
 * what the page covers and jump to the part they need.
 */
import type { PageHeading } from '@/lib/content/headings';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

/** Pages with fewer sections than this are short enough to scroll. */
export const MIN_SECTIONS = 3;

type Props = {
  headings: PageHeading[];
  /** Sections the page template adds after the MDX (Sources), listed last; they do not count towards MIN_SECTIONS. */
  after?: PageHeading[];
  lang: LanguageCode;
};

export function TableOfContents({ headings, after = [], lang }: Props) {
  const written = headings.filter((heading) => heading.depth === 2);
  if (written.length < MIN_SECTIONS) return null;
  const sections = [...written, ...after];
  return (
    <nav aria-labelledby="on-this-page" className="not-prose my-8 border-l-4 border-line pl-4">
      <p id="on-this-page" className="font-bold">
        {dictionaryFor(lang).frame.onThisPage}
      </p>
      <ul className="mt-2 space-y-2">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
