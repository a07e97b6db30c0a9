import { cleanup, render, screen, within } from '@testing-library/react';
import { TableOfContents } from './TableOfContents';

const headings = [
  { depth: 2, text: 'The first days', id: 'the-first-days' },
  { depth: 3, text: 'Showers', id: 'showers' },
  { depth: 2, text: 'Once it has healed', id: 'once-it-has-healed' },
  { depth: 2, text: 'When to call', id: 'when-to-call' },
];

it('is a navigation landmark named "On this page" linking to each h2 section', () => {
  render(<TableOfContents lang="en" headings={headings} />);
  const nav = screen.getByRole('navigation', { name: 'On this page' });
  const links = within(nav).getAllByRole('link');
  expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
    ['The first days', '#the-first-days'],
    ['Once it has healed', '#once-it-has-healed'],
    ['When to call', '#when-to-call'],
  ]);
});

it('is left out on pages with fewer than three sections', () => {
  const { container } = render(<TableOfContents lang="en" headings={headings.slice(0, 3)} />);
  expect(container).toBeEmptyDOMElement();
});

it('lists the sections the page template adds (Sources) last, without counting them', () => {
  const sources = [{ depth: 2, text: 'Sources', id: 'sources' }];
  render(<TableOfContents lang="en" headings={headings} after={sources} />);
  const links = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link');
  expect(links.map((link) => link.getAttribute('href'))).toEqual(['#the-first-days', '#once-it-has-healed', '#when-to-call', '#sources']);
  cleanup();
  const { container } = render(<TableOfContents lang="en" headings={headings.slice(0, 3)} after={sources} />);
  expect(container).toBeEmptyDOMElement();
});
