import { render, screen } from '@testing-library/react';
import { GlossaryTerm } from './GlossaryTerm';

it('links the word the reader sees to its glossary entry', () => {
  render(
    <p>
      The <GlossaryTerm lang="en" term="Septum">self-sealing top</GlossaryTerm> reseals.
    </p>,
  );
  expect(screen.getByRole('link', { name: 'self-sealing top' })).toHaveAttribute('href', '/glossary#septum');
});

it('shows the term itself when no other words are given, and slugs longer terms', () => {
  render(<GlossaryTerm lang="en" term="Arteriovenous fistula" />);
  expect(screen.getByRole('link', { name: 'Arteriovenous fistula' })).toHaveAttribute('href', '/glossary#arteriovenous-fistula');
});
