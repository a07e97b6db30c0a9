import { render, screen } from '@testing-library/react';
import { ReviewedNote } from './ReviewedNote';

it('shows the review date, the reviewer and that it does not replace the care team', () => {
  render(<ReviewedNote lastReviewed="2026-03-05" reviewer="Dr. A. Example" />);
  const note = screen.getByRole('complementary', { name: 'About this page' });
  expect(note).toHaveTextContent('Last reviewed: March 5, 2026, by Dr. A. Example.');
  expect(note.querySelector('time')).toHaveAttribute('datetime', '2026-03-05');
  expect(note).toHaveTextContent('does not replace advice from your own care team');
});
