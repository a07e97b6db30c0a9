import { nextReviewDue, overdueReviews, overdueReviewWarnings } from './review';

describe('nextReviewDue', () => {
  it('adds three years by default, as NHS and Macmillan pages do', () => {
    expect(nextReviewDue('2026-11-23')).toBe('2029-11-23');
  });
  it('takes another interval', () => {
    expect(nextReviewDue('2026-01-31', 1)).toBe('2027-01-31');
    expect(nextReviewDue('2026-06-15', 2)).toBe('2028-06-15');
  });
  it('puts a 29 February review on 28 February of a year without one, never later', () => {
    expect(nextReviewDue('2028-02-29')).toBe('2031-02-28');
    expect(nextReviewDue('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('overdueReviews', () => {
  const pages = [
    { slug: 'aftercare', lastReviewed: '2026-11-23' },
    { slug: 'risks', lastReviewed: '2022-05-01' },
    { slug: 'faq', lastReviewed: '2025-01-10', reviewIntervalYears: 1 },
  ];
  it('lists only pages past their due date, oldest first', () => {
    expect(overdueReviews(pages, '2026-12-01')).toEqual([
      { slug: 'risks', lastReviewed: '2022-05-01', due: '2025-05-01' },
      { slug: 'faq', lastReviewed: '2025-01-10', due: '2026-01-10' },
    ]);
  });
  it('counts a page as in date on its due day', () => {
    expect(overdueReviews([{ slug: 'a', lastReviewed: '2023-12-01' }], '2026-12-01')).toEqual([]);
    expect(overdueReviews([{ slug: 'a', lastReviewed: '2023-12-01' }], '2026-12-02')).toHaveLength(1);
  });
  it('words a warning that names the file, both dates and what to do', () => {
    expect(overdueReviewWarnings(pages, '2026-12-01')[0]).toBe(
      'Warning: content/risks.mdx is overdue for clinical review: last reviewed 2022-05-01, review was due 2025-05-01. ' +
        'Have it checked, then update lastReviewed (and reviewer) in its frontmatter.',
    );
    expect(overdueReviewWarnings(pages.slice(0, 1), '2026-12-01')).toEqual([]);
  });
  it('names another reviewed file, such as the clinical wording, by its file', () => {
    expect(overdueReviewWarnings([{ slug: 'clinical-wording', file: 'content/clinical-wording/en.ts', lastReviewed: '2022-05-01' }], '2026-12-01')).toEqual([
      'Warning: content/clinical-wording/en.ts is overdue for clinical review: last reviewed 2022-05-01, review was due 2025-05-01. ' +
        'Have it checked, then update lastReviewed (and reviewer) in it.',
    ]);
  });
});
