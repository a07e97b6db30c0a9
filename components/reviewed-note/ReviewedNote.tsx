import { nextReviewDue } from '@/lib/content/review';
import { dictionaryFor, fill, LANGUAGE_INFO, type LanguageCode } from '@/lib/i18n';

/** "November 23, 2026"; in Spanish "23 de noviembre de 2026" (Intl). */
export function formatReviewedDate(isoDate: string, lang: LanguageCode = 'en'): string {
  return new Intl.DateTimeFormat(LANGUAGE_INFO[lang].intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

type Props = { lastReviewed: string; reviewer: string; reviewIntervalYears?: number; lang?: LanguageCode };

/** Trust line under each page: when it was last checked, by whom, when it is next due, and what it is not. */
export function ReviewedNote({ lastReviewed, reviewer, reviewIntervalYears, lang = 'en' }: Props) {
  const due = nextReviewDue(lastReviewed, reviewIntervalYears);
  const words = dictionaryFor(lang).reviewed;
  return (
    <aside aria-label={words.label} className="mt-12 border-t border-line pt-6 text-base text-muted">
      <p>
        {words.lastReviewed} <time dateTime={lastReviewed}>{formatReviewedDate(lastReviewed, lang)}</time>
        {fill(words.by, { reviewer })} {words.nextDue} <time dateTime={due}>{formatReviewedDate(due, lang)}</time>.
      </p>
      <p className="mt-2">{words.disclaimer}</p>
    </aside>
  );
}
