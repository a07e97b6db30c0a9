import { render, screen } from '@testing-library/react';
import { clinic, parseClinicConfig, telHref } from '@/lib/clinic/config';
import secondClinicJson from '@/tests/fixtures/second-clinic.json';
import { WhenToCall } from './WhenToCall';

const secondClinic = parseClinicConfig(secondClinicJson, 'second-clinic.json');

it('lists the infection signs with the default fever line, the rule to call at once, then the clinic phone', () => {
  const { container } = render(<WhenToCall />);
  const urgent = container.querySelector('[data-callout="urgent"]')!;
  expect(urgent).toHaveTextContent('Urgent advice: Call us right away, day or night, if you have any of these:');
  expect(urgent).toHaveTextContent('a temperature of 100.4 °F (38.0 °C) or higher');
  expect(urgent).toHaveTextContent('shivering or chills');
  expect(urgent).toHaveTextContent('redness');
  expect(urgent).toHaveTextContent('Do not wait to see if a fever goes away, and do not wait to check it again.');
  expect(urgent).toHaveTextContent('During cancer treatment, a fever can be an emergency.');
  expect(urgent.textContent).not.toMatch(/two readings|four hours|101 °F/);
  expect(screen.getByRole('link', { name: clinic.phone })).toHaveAttribute('href', telHref(clinic.phone));
});

it("uses the clinic's own fever line", () => {
  const { container } = render(<WhenToCall clinic={secondClinic} />);
  expect(container.querySelector('[data-warning-signs="infection"]')).toHaveTextContent('a temperature of 101.3 °F (38.5 °C) or higher');
  expect(container.textContent).not.toContain('100.4');
});

it('gives the after-hours phone when the clinic has one', () => {
  render(<WhenToCall clinic={{ ...clinic, afterHoursPhone: '+1 303-555-0199' }} />);
  expect(screen.getByText(/When we are closed, call/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '+1 303-555-0199' })).toHaveAttribute('href', 'tel:+13035550199');
});

it('without an after-hours phone it says where to go instead, and no empty link', () => {
  render(<WhenToCall clinic={secondClinic} />);
  expect(screen.getByText(/If we are closed, go to your nearest emergency department/)).toBeInTheDocument();
  expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([telHref(secondClinic.phone), 'tel:911']);
});

it('tells people with emergency signs to call the emergency number now', () => {
  const { container } = render(<WhenToCall clinic={{ ...clinic, emergencyNumber: '112' }} />);
  const emergency = container.querySelector('[data-callout="emergency"]')!;
  expect(emergency).toHaveTextContent('Call the emergency number now: Call 112 now if you have any of these:');
  const signs = [...emergency.querySelectorAll('[data-warning-signs="emergency"] li')].map((li) => li.textContent);
  expect(signs).toEqual([
    'chest pain',
    'trouble breathing, or feeling short of breath',
    'swelling of your face, neck or arm on the side of your port',
    'a racing or fluttering heartbeat',
    'bleeding that does not stop after 10 minutes of firm pressure',
  ]);
  expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
});
