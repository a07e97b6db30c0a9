import { render, screen } from '@testing-library/react';
import { clinic, telHref } from '@/lib/clinic/config';
import secondClinic from '@/tests/fixtures/second-clinic.json';
import { WhenToCall } from './WhenToCall';

it('lists the infection signs and the fever rule, then the clinic phone as a tap-to-call link', () => {
  const { container } = render(<WhenToCall />);
  const urgent = container.querySelector('[data-callout="urgent"]')!;
  expect(urgent).toHaveTextContent('Urgent advice: Call us if you notice signs of infection');
  expect(urgent).toHaveTextContent('redness');
  expect(urgent).toHaveTextContent('101 °F (38.3 °C) or higher in two readings taken four hours apart');
  expect(screen.getByRole('link', { name: clinic.phone })).toHaveAttribute('href', telHref(clinic.phone));
});

it('gives the after-hours phone when the clinic has one', () => {
  render(<WhenToCall clinic={{ ...clinic, afterHoursPhone: '+1 303-555-0199' }} />);
  expect(screen.getByText(/When we are closed, call/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '+1 303-555-0199' })).toHaveAttribute('href', 'tel:+13035550199');
});

it('without an after-hours phone it says where to go instead, and no empty link', () => {
  render(<WhenToCall clinic={secondClinic} />);
  expect(screen.getByText(/go to your nearest emergency department/)).toBeInTheDocument();
  expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([telHref(secondClinic.phone), 'tel:911']);
});

it('tells people with emergency signs to call the emergency number now', () => {
  const { container } = render(<WhenToCall clinic={{ ...clinic, emergencyNumber: '112' }} />);
  const emergency = container.querySelector('[data-callout="emergency"]')!;
  expect(emergency).toHaveTextContent('Call the emergency number now: Call 112 now if you have');
  for (const sign of ['chest pain', 'trouble breathing', 'swelling of your face, neck or arm']) {
    expect(emergency).toHaveTextContent(sign);
  }
  expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
});
