import { render, screen } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import { ClinicAddress, ClinicName, ClinicPhone, EmergencyNumber } from './ClinicContact';

it('shows the clinic phone as a tap-to-call link', () => {
  render(<ClinicPhone />);
  const link = screen.getByRole('link', { name: '(303) 555-0142' });
  expect(link.getAttribute('href')).toBe('tel:+13035550142');
});

it('shows the emergency number as a tap-to-call link', () => {
  render(<EmergencyNumber />);
  expect(screen.getByRole('link', { name: clinic.emergencyNumber })).toHaveAttribute('href', `tel:${clinic.emergencyNumber}`);
});

it('shows the address from the config inside an address element', () => {
  const { container } = render(<ClinicAddress />);
  const address = container.querySelector('address');
  expect(address).toHaveTextContent(clinic.address.street);
  expect(address).toHaveTextContent(`${clinic.address.city}, ${clinic.address.region} ${clinic.address.postalCode}`);
});

it('shows the clinic name', () => {
  const { container } = render(<ClinicName />);
  expect(container).toHaveTextContent(clinic.name);
});
