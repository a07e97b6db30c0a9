import { nextReviewDue } from '@/lib/content/review';

/** Trust line under each page: when it was last checked, by whom, when it is next due, and what it is not. */
export function formatReviewedDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

type Props = { lastReviewed: string; reviewer: string; reviewIntervalYears?: number };

export function ReviewedNote({ lastReviewed, reviewer, reviewIntervalYears }: Props) {
  const due = nextReviewDue(lastReviewed, reviewIntervalYears);
  return (
    <aside aria-label="About this page" className="mt-12 border-t border-line pt-6 text-base text-muted">
      <p>
        Last reviewed: <time dateTime={lastReviewed}>{formatReviewedDate(lastReviewed)}</time>, by {reviewer}.
        {' '}Next review due: <time dateTime={due}>{formatReviewedDate(due)}</time>.
      </p>
      <p className="mt-2">
        This guide gives general information. It does not replace advice from your own care team. If you are unsure
        about anything, ask them.
      </p>
    </aside>
  );
}
