import { nextReviewDue } from '@/lib/content/review';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';
import { formatsFor } from '@/lib/format';
import { fillNodes } from '@/lib/i18n/fill-nodes';

/** "November 23, 2026"; in the UK "23 November 2026"; in Spanish "23 de noviembre de 2026" (lib/format). */
export function formatReviewedDate(isoDate: string, lang: LanguageCode, formats = formatsFor(lang)): string {
  return formats.dateIn('UTC', new Date(`${isoDate}T00:00:00Z`), { weekday: false });
}

/** The clinic config's clinicalSignOff, with the clinic's name: who checked the pages for this clinic. */
export type ClinicSignOff = { clinic: string; name: string; role: string; date: string };

type Props = { lastReviewed: string; reviewer: string; reviewIntervalYears?: number; lang: LanguageCode; signOff?: ClinicSignOff };

/**
 * Trust line under each page: when it was last checked, by whom, when it is next due, and what it is not;
 * and, once the clinic's clinician has signed the review pack (docs/review-pack.md), who checked it for this clinic.
 */
export function ReviewedNote({ lastReviewed, reviewer, reviewIntervalYears, lang, signOff }: Props) {
  const due = nextReviewDue(lastReviewed, reviewIntervalYears);
  const words = dictionaryFor(lang).reviewed;
  return (
    <aside aria-label={words.label} className="mt-12 border-t border-line pt-6 text-base text-muted">
      <p>
        {words.lastReviewed} <time dateTime={lastReviewed}>{formatReviewedDate(lastReviewed, lang)}</time>
        {fill(words.by, { reviewer })} {words.nextDue} <time dateTime={due}>{formatReviewedDate(due, lang)}</time>.
      </p>
      {signOff ? (
        <p className="mt-2" data-clinical-sign-off="">
          {fillNodes(words.checkedFor, {
            clinic: signOff.clinic,
            name: signOff.name,
            role: signOff.role,
            date: <time dateTime={signOff.date}>{formatReviewedDate(signOff.date, lang)}</time>,
          })}
        </p>
      ) : null}
      <p className="mt-2">{words.disclaimer}</p>
    </aside>
  );
}
