/**
 * When each page is due for its next clinical review. NHS and Macmillan pages
 * show "Next review due" beside "Last reviewed"; a page past that date still
 * builds (a clinic must not lose its site over paperwork), but the build says so.
 */

/** How long a review holds unless a page's frontmatter says otherwise. */
export const DEFAULT_REVIEW_INTERVAL_YEARS = 3;

/**
 * "2026-11-23" + 3 years → "2029-11-23". A review on 29 February falls due on
 * 28 February of a year without one: the earlier day, never a day late.
 */
export function nextReviewDue(lastReviewed: string, years: number = DEFAULT_REVIEW_INTERVAL_YEARS): string {
  const [year, month, day] = lastReviewed.split('-').map(Number) as [number, number, number];
  const dueYear = year + years;
  const lastDayOfMonth = new Date(Date.UTC(dueYear, month, 0)).getUTCDate();
  const due = new Date(Date.UTC(dueYear, month - 1, Math.min(day, lastDayOfMonth)));
  return due.toISOString().slice(0, 10);
}

/** A page (content/<slug>.mdx) or another reviewed file, named by `file` (the clinical wording). */
type Reviewed = { slug: string; lastReviewed: string; reviewIntervalYears?: number; file?: string };

/** Pages whose review date has passed on `today` (an ISO date), oldest due first. */
export function overdueReviews(pages: readonly Reviewed[], today: string): { slug: string; lastReviewed: string; due: string; file?: string }[] {
  return pages
    .map((page) => ({
      slug: page.slug,
      lastReviewed: page.lastReviewed,
      due: nextReviewDue(page.lastReviewed, page.reviewIntervalYears),
      ...(page.file ? { file: page.file } : {}),
    }))
    .filter((page) => page.due < today)
    .sort((a, b) => a.due.localeCompare(b.due) || a.slug.localeCompare(b.slug));
}

/** The build's warning lines for overdue pages (empty when every page is in date). */
export function overdueReviewWarnings(pages: readonly Reviewed[], today: string): string[] {
  return overdueReviews(pages, today).map(
    (page) =>
      `Warning: ${page.file ?? `content/${page.slug}.mdx`} is overdue for clinical review: last reviewed ${page.lastReviewed}, review was due ${page.due}. ` +
      `Have it checked, then update lastReviewed (and reviewer) in ${page.file ? 'it' : 'its frontmatter'}.`,
  );
}
