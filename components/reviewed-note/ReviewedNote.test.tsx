import { render, screen } from '@testing-library/react';
import { ReviewedNote } from './ReviewedNote';

it('shows the review date, the reviewer, the next review and that it does not replace the care team', () => {
  render(<ReviewedNote lang="en" lastReviewed="2026-03-05" reviewer="Dr. A. Example" />);
  const note = screen.getByRole('complementary', { name: 'About this page' });
  expect(note).toHaveTextContent('Last reviewed: March 5, 2026, by Dr. A. Example. Next review due: March 5, 2029.');
  const [last, next] = note.querySelectorAll('time');
  expect(last).toHaveAttribute('datetime', '2026-03-05');
  expect(next).toHaveAttribute('datetime', '2029-03-05');
  expect(note).toHaveTextContent('does not replace advice from your own care team');
});

it('uses the page’s own review interval', () => {
  render(<ReviewedNote lang="en" lastReviewed="2026-03-05" reviewer="Dr. A. Example" reviewIntervalYears={1} />);
  expect(screen.getByRole('complementary')).toHaveTextContent('Next review due: March 5, 2027.');
});

it('says who checked the page for the clinic when the clinic has signed, with the date in the page’s language', () => {
  const signOff = { clinic: 'Harbour Point Imaging', name: 'Dr. Ana Reyes', role: 'Nurse educator', date: '2026-11-30' };
  const { unmount } = render(<ReviewedNote lang="en" lastReviewed="2026-03-05" reviewer="Dr. A. Example" signOff={signOff} />);
  expect(screen.getByRole('complementary')).toHaveTextContent('Checked for Harbour Point Imaging by Dr. Ana Reyes, Nurse educator, on November 30, 2026.');
  expect(screen.getByText(/Checked for/).querySelector('time')).toHaveAttribute('datetime', '2026-11-30');
  unmount();
  render(<ReviewedNote lastReviewed="2026-03-05" reviewer="Dr. A. Example" signOff={signOff} lang="es" />);
  expect(screen.getByRole('complementary')).toHaveTextContent('Revisado para Harbour Point Imaging por Dr. Ana Reyes, Nurse educator, el 30 de noviembre de 2026.');
});

it('says nothing about a clinic check until the clinic has signed', () => {
  render(<ReviewedNote lang="en" lastReviewed="2026-03-05" reviewer="Dr. A. Example" />);
  expect(screen.getByRole('complementary')).not.toHaveTextContent(/Checked for/);
});
