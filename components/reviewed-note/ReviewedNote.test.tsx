import { render, screen } from '@testing-library/react';
import { ReviewedNote } from './ReviewedNote';

it('shows the review date, the reviewer, the next review and that it does not replace the care team', () => {
  render(<ReviewedNote lastReviewed="2026-03-05" reviewer="Dr. A. Example" />);
  const note = screen.getByRole('complementary', { name: 'About this page' });
  expect(note).toHaveTextContent('Last reviewed: March 5, 2026, by Dr. A. Example. Next review due: March 5, 2029.');
  const [last, next] = note.querySelectorAll('time');
  expect(last).toHaveAttribute('datetime', '2026-03-05');
  expect(next).toHaveAttribute('datetime', '2029-03-05');
  expect(note).toHaveTextContent('does not replace advice from your own care team');
});

it('uses the page’s own review interval', () => {
  render(<ReviewedNote lastReviewed="2026-03-05" reviewer="Dr. A. Example" reviewIntervalYears={1} />);
  expect(screen.getByRole('complementary')).toHaveTextContent('Next review due: March 5, 2027.');
});
