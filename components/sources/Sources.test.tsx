import { render, screen, within } from '@testing-library/react';
import { Sources } from './Sources';

const sources = [
  {
    title: 'Your Implanted Port',
    publisher: 'Memorial Sloan Kettering Cancer Center',
    url: 'https://www.mskcc.org/cancer-care/patient-education/your-implanted-port-peds',
    read: '2026-12-02',
  },
  {
    title: 'Preventing Infections in Cancer Patients',
    publisher: 'Centers for Disease Control and Prevention',
    url: 'https://www.cdc.gov/cancer/features/preventing-infections.html',
    read: '2026-11-30',
  },
];

it('lists each source as a plain external link with its publisher and the day it was read', () => {
  render(<Sources sources={sources} lang="en" />);
  const section = screen.getByRole('region', { name: 'Sources' });
  expect(within(section).getByRole('heading', { level: 2, name: 'Sources' })).toHaveAttribute('id', 'sources');
  expect(section).toHaveTextContent('Where the facts on this page come from. Each link opens another website.');
  const links = within(section).getAllByRole('link').filter((link) => !link.getAttribute('href')!.startsWith('#'));
  expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('rel'), link.getAttribute('target')])).toEqual([
    ['Your Implanted Port', 'https://www.mskcc.org/cancer-care/patient-education/your-implanted-port-peds', 'noopener noreferrer', null],
    ['Preventing Infections in Cancer Patients', 'https://www.cdc.gov/cancer/features/preventing-infections.html', 'noopener noreferrer', null],
  ]);
  const items = within(section).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent('Your Implanted Port, Memorial Sloan Kettering Cancer Center. Read on December 2, 2026.');
  expect(items[1]).toHaveTextContent('Preventing Infections in Cancer Patients, Centers for Disease Control and Prevention. Read on November 30, 2026.');
  expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-12-02');
  // Nothing that loads anything: no pictures, icons or preloads.
  expect(section.querySelectorAll('img, svg, link, iframe, script')).toHaveLength(0);
  expect(within(section).getByRole('link', { name: 'Link to this section: Sources' })).toHaveAttribute('href', '#sources');
});

it('in Spanish, says "Fuentes" and "Consultado el", keeps the English titles and marks their language', () => {
  render(<Sources sources={sources} lang="es" />);
  const section = screen.getByRole('region', { name: 'Fuentes' });
  expect(within(section).getByRole('heading', { level: 2, name: 'Fuentes' })).toHaveAttribute('id', 'sources');
  expect(section).toHaveTextContent('De dónde viene la información de esta página. Cada enlace abre otro sitio web.');
  const items = within(section).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent('Your Implanted Port, Memorial Sloan Kettering Cancer Center. Consultado el 2 de diciembre de 2026.');
  expect(within(items[1]!).getByRole('link', { name: 'Preventing Infections in Cancer Patients' }).closest('[lang]')).toHaveAttribute('lang', 'en');
});

it('does not mark the language of a source written in the page’s language', () => {
  render(<Sources sources={[{ ...sources[0]!, language: 'es' as const }]} lang="es" />);
  expect(screen.getByRole('link', { name: 'Your Implanted Port' }).closest('[lang]')).toBeNull();
});

it('renders nothing for a page without sources', () => {
  const { container } = render(<Sources sources={undefined} lang="en" />);
  expect(container).toBeEmptyDOMElement();
});
