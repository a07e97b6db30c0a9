import { render, screen } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import { SiteFooter } from './SiteFooter';

it('shows the clinic address, phone and the emergency advice', () => {
  render(<SiteFooter />);
  const footer = screen.getByRole('contentinfo');
  expect(footer).toHaveTextContent(clinic.address.street);
  expect(footer).toHaveTextContent(clinic.phone);
  expect(footer).toHaveTextContent(`Call ${clinic.emergencyNumber} now if you have any of these:`);
  expect(footer.querySelectorAll('[data-warning-signs="emergency"] li')).toHaveLength(5);
  expect(footer).toHaveTextContent('chest pain');
});

it('has a line for paper only with the site address and the clinic phone', () => {
  const { container } = render(<SiteFooter />);
  const printLine = container.querySelector('.print-only');
  expect(printLine).toHaveTextContent(`Printed from ${clinic.siteUrl}. Questions? Call ${clinic.name} at ${clinic.phone}.`);
});

it('links to the privacy promise', () => {
  render(<SiteFooter />);
  expect(screen.getByRole('link', { name: 'our privacy promise' })).toHaveAttribute('href', '/privacy');
});
