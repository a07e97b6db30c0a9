import { render, screen } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import { SiteFooter } from './SiteFooter';

it('shows the clinic address, phone, the emergency list with the signs of sepsis, the fever line and the link to every sign', () => {
  render(<SiteFooter lang="en" />);
  const footer = screen.getByRole('contentinfo');
  expect(footer).toHaveTextContent(clinic.address.street);
  expect(footer).toHaveTextContent('(303) 555-0142');
  expect(footer).toHaveTextContent(`Call ${clinic.emergencyNumber} now if you have any of these:`);
  expect(footer.querySelectorAll('[data-warning-signs="emergency"] li')).toHaveLength(9);
  expect(footer).toHaveTextContent('chest pain');
  expect(footer).toHaveTextContent('cold, clammy or blotchy skin');
  expect(footer).toHaveTextContent(
    "A temperature of 100.4 °F (38.0 °C) or higher, or shivering or chills: Call right away, day or night. If you are having cancer treatment, call your cancer team's 24-hour number first.",
  );
  expect(screen.getByRole('link', { name: 'When to get help' })).toHaveAttribute('href', '/when-to-get-help');
});

it('has a line for paper only with the site address and the clinic phone', () => {
  const { container } = render(<SiteFooter lang="en" />);
  const printLine = container.querySelector('.print-only');
  expect(printLine).toHaveTextContent(`Printed from ${clinic.siteUrl}. Questions? Call ${clinic.name} at (303) 555-0142.`);
});

it('links to the privacy promise', () => {
  render(<SiteFooter lang="en" />);
  expect(screen.getByRole('link', { name: 'our privacy promise' })).toHaveAttribute('href', '/privacy');
});

it('links to the whole guide and to the offline copy, in the page language', () => {
  render(<SiteFooter lang="es" />);
  expect(screen.getByRole('link', { name: 'Imprima o guarde toda la guía' })).toHaveAttribute('href', '/es/whole-guide');
  expect(screen.getByRole('link', { name: 'Lea esta guía sin señal' })).toHaveAttribute('href', '/es/save-for-offline');
});

it('has no link to the offline copy when the clinic turns it off', () => {
  render(<SiteFooter lang="en" offline={false} />);
  expect(screen.getByRole('link', { name: 'Print or save the whole guide' })).toHaveAttribute('href', '/whole-guide');
  expect(screen.queryByRole('link', { name: 'Read this guide with no signal' })).toBeNull();
});
