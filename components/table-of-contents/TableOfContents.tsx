/**
 * "On this page": links to the page's main (h2) sections, so a reader can see
 * what the page covers and jump to the part they need.
 */
import type { PageHeading } from '@/lib/content/headings';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

/** Pages with fewer sections than this are short enough to scroll. */
export const MIN_SECTIONS = 3;

export function TableOfContents({ headings, lang = 'en' }: { headings: PageHeading[]; lang?: LanguageCode }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < MIN_SECTIONS) return null;
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
