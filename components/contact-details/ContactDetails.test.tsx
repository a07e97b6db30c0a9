import { render, screen, within } from '@testing-library/react';
import { clinic, type ClinicConfig } from '@/lib/clinic/config';
import secondClinic from '@/tests/fixtures/second-clinic.json';
import { ContactDetails, directionsUrl } from './ContactDetails';

function valueOf(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

const fullClinic: ClinicConfig = {
  ...clinic,
  email: 'ports@example.org',
  afterHoursPhone: '+1 303-555-0199',
  openingHours: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '07:30', closes: '17:00' }],
  mapUrl: 'https://maps.example.org/riverbend',
};

it('shows every value of a complete config', () => {
  render(<ContactDetails lang="en" clinic={fullClinic} />);
  expect(valueOf('Address').querySelector('address')).toHaveTextContent(fullClinic.address.street);
  expect(within(valueOf('Phone')).getByRole('link', { name: '(303) 555-0142' })).toHaveAttribute('href', 'tel:+13035550142');
  expect(within(valueOf('Email')).getByRole('link', { name: 'ports@example.org' })).toHaveAttribute('href', 'mailto:ports@example.org');
  expect(valueOf('Opening hours')).toHaveTextContent('Monday to Friday: 7:30 AM to 5 PM');
  expect(within(valueOf('Address')).getByRole('link', { name: 'Get directions on a map' })).toHaveAttribute(
    'href',
    'https://maps.example.org/riverbend',
  );
  expect(within(valueOf('When we are closed')).getByRole('link', { name: '(303) 555-0199' })).toHaveAttribute(
    'href',
    'tel:+13035550199',
  );
  expect(within(valueOf('When we are closed')).getByRole('link', { name: fullClinic.emergencyNumber })).toBeInTheDocument();
});

it('reads sensibly without the optional values (the second clinic has none)', () => {
  render(<ContactDetails lang="en" clinic={secondClinic} />);
  expect(screen.queryByText('Email', { selector: 'dt' })).toBeNull();
  expect(valueOf('Opening hours')).toHaveTextContent('Call us to ask when we are open.');
  expect(valueOf('When we are closed')).toHaveTextContent('go to your nearest emergency department');
  const directions = within(valueOf('Address')).getByRole('link', { name: 'Find us on OpenStreetMap' });
  expect(directions.getAttribute('href')).toBe(
    'https://www.openstreetmap.org/search?query=77%20Pier%20Lane%2C%20Seattle%2C%20WA%2098101%2C%20US',
  );
  expect(directions).toHaveAttribute('rel', 'noopener noreferrer');
  // No link points nowhere.
  for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^(tel:\+?\d+|https:\/\/)/);
});

it('prefers the config mapUrl for directions', () => {
  expect(directionsUrl({ address: clinic.address, mapUrl: 'https://maps.example.org/x' })).toBe('https://maps.example.org/x');
  expect(directionsUrl({ address: clinic.address })).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
});
