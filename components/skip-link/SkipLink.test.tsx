import { render, screen } from '@testing-library/react';
import { SkipLink } from './SkipLink';

it('links to the main content', () => {
  render(<SkipLink lang="en" />);
  expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
});
