import { render, screen } from '@testing-library/react';
import { Figure } from './Figure';

// jsdom does not name a figure from its figcaption; the browser tests check the name.
it('shows its caption under the picture', () => {
  render(
    <Figure caption="Where a port sits in your chest.">
      <p>picture</p>
    </Figure>,
  );
  const figure = screen.getByRole('figure');
  const caption = figure.querySelector('figcaption');
  expect(caption).toHaveTextContent('Where a port sits in your chest.');
  expect(figure.lastElementChild).toBe(caption);
  expect(figure).toHaveTextContent('picture');
});
