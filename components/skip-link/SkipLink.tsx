import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

/** First focusable element on every page: lets keyboard users jump past the header. */
export function SkipLink({ lang }: { lang: LanguageCode }) {
  return (
    <a
      href="#main-content"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:px-4 focus:py-3 focus:text-lg focus:font-semibold"
    >
      {dictionaryFor(lang).frame.skipLink}
    </a>
  );
}
