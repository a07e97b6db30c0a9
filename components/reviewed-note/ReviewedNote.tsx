/** Trust line under each page: when it was last checked, by whom, and what it is not. */
export function formatReviewedDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function ReviewedNote({ lastReviewed, reviewer }: { lastReviewed: string; reviewer: string }) {
  return (
    <aside aria-label="About this page" className="mt-12 border-t border-line pt-6 text-base text-muted">
      <p>
        Last reviewed: <time dateTime={lastReviewed}>{formatReviewedDate(lastReviewed)}</time>, by {reviewer}.
      </p>
      <p className="mt-2">
        This guide gives general information. It does not replace advice from your own care team. If you are unsure
        about anything, ask them.
      </p>
    </aside>
  );
}
