/**
 * "Sources": the published pages a guide page's claims rest on, from its
 * frontmatter, at the end of the page before "About this page". Plain links:
 * no preview, icon or prefetch, so nothing is fetched from another site until
 * the reader clicks. docs/clinical-sources.md says which claim rests on which.
 *
 * It sits outside the page's article, like the review note: it is about the
 * page, not part of what a patient reads, so the reading grade leaves it out.
 */
import { formatReviewedDate } from '@/components/reviewed-note';
import { SectionHeading } from '@/components/section-heading';
import type { Source } from '@/lib/content/pages';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { fillNodes } from '@/lib/i18n/fill-nodes';

/** The heading's id in every language, so /es/aftercare#sources matches /aftercare#sources, as translated headings keep English ids. */
export const SOURCES_ID = 'sources';

type Props = { sources: readonly Source[] | undefined; lang: LanguageCode };

export function Sources({ sources, lang }: Props) {
  if (!sources?.length) return null;
  const words = dictionaryFor(lang).sources;
  return (
    <section data-sources="" aria-labelledby={SOURCES_ID} className="prose prose-lg mt-12 max-w-reading prose-headings:scroll-mt-4 prose-a:text-brand">
      <SectionHeading level={2} id={SOURCES_ID} lang={lang}>
        {words.heading}
      </SectionHeading>
      <p>{words.intro}</p>
      <ul>
        {sources.map((source) => {
          const sourceLang = source.language ?? 'en';
          return (
            <li key={source.url}>
              <span lang={sourceLang === lang ? undefined : sourceLang}>
                <a href={source.url} rel="noopener noreferrer" className="wrap-break-word">
                  {source.title}
                </a>
                , {source.publisher}.
              </span>{' '}
              {fillNodes(words.read, { date: <time dateTime={source.read}>{formatReviewedDate(source.read, lang)}</time> })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
