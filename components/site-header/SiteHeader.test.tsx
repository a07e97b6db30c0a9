import { render, screen, within } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import { getPages } from '@/lib/content/pages';
import { SiteHeader } from './SiteHeader';

it('shows the clinic name and a tap-to-call phone link', () => {
  render(<SiteHeader lang="en" />);
  const banner = screen.getByRole('banner');
  expect(banner).toHaveTextContent(clinic.name);
  expect(within(banner).getByRole('link', { name: clinic.phone })).toHaveAttribute('href', expect.stringMatching(/^tel:\+?\d+$/));
});

it('links every page in the labelled main navigation and marks the current one', () => {
  render(<SiteHeader lang="en" current="/what-is-a-port" />);
  const nav = screen.getByRole('navigation', { name: 'Main' });
  for (const page of getPages('en')) {
    const links = within(nav).getAllByRole('link', { name: page.navTitle, hidden: true });
    expect(links[0]).toHaveAttribute('href', `/${page.slug}`);
  }
  const current = within(nav).getAllByRole('link', { name: 'What is a port', hidden: true });
  expect(current[0]).toHaveAttribute('aria-current', 'page');
  expect(within(nav).getAllByRole('link', { name: 'Home', hidden: true })[0]).not.toHaveAttribute('aria-current');
});

it('links the search page in the page language, and marks it on the search page', () => {
  render(<SiteHeader lang="es" path="/search" />);
  const link = within(screen.getByRole('banner')).getByRole('link', { name: 'Buscar' });
  expect(link).toHaveAttribute('href', '/es/search');
  expect(link).toHaveAttribute('aria-current', 'page');
  render(<SiteHeader lang="en" path="/aftercare" />);
  expect(within(screen.getAllByRole('banner')[1]!).getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search');
});
