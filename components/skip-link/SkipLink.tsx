import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

/** The id of every page's <main>: the skip link's target, and where PageFrame holds the first frame until. */
export const MAIN_CONTENT_ID = 'main-content';

/** First focusable element on every page: lets keyboard users jump past the header. */
export function SkipLink({ lang }: { lang: LanguageCode }) {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:px-4 focus:py-3 focus:text-lg focus:font-semibold"
    >
      {dictionaryFor(lang).frame.skipLink}
    </a>
  );
}
