import { render, screen } from '@testing-library/react';
import { InfectionSigns } from './InfectionSigns';

const clinic = {
  phone: '+1 206-555-0117',
  afterHoursPhone: undefined,
  aftercare: { dressingDays: 2, checkUpDaysAfter: { from: 10, to: 14 }, feverCelsius: 38.5, avoidHeavyLiftingDays: 5, flushIntervalWeeks: 12 },
};

it('is an urgent callout: the fever line from the clinic first, then the other signs, and to call at once', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="en" />);
  const callout = container.querySelector('[data-callout="urgent"]')!;
  expect(callout).toHaveTextContent(/^Urgent advice: Call right away, day or night, if you have any of these:/);
  const signs = [...callout.querySelectorAll('[data-warning-signs="infection"] li')].map((li) => li.textContent);
  expect(signs[0]).toBe('a temperature of 101.3 °F (38.5 °C) or higher');
  expect(signs[1]).toBe('shivering or chills, most of all during or soon after your port is flushed or used');
  expect(signs).toHaveLength(7);
  expect(callout).toHaveTextContent('do not wait to check it again. During cancer treatment, a fever can be an emergency.');
});

it('adds a needle out or a leak on a pump, and pain during a drip, with what to do first', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="en" />);
  expect([...container.querySelectorAll('[data-warning-signs="port-problem"] li')].map((li) => li.textContent)).toEqual([
    'the needle comes out of your port, or medicine leaks, while a pump is attached',
    'you have pain, swelling or burning around your port while a drip is going in',
  ]);
  expect([...container.querySelectorAll('[data-first-steps] li')].map((li) => li.textContent)).toEqual([
    'Close the clamp on the tubing, if it has one.',
    'Stop the pump, if you were shown how.',
    'Do not touch leaked medicine with bare hands.',
    'Then call.',
  ]);
});

it('sends people on cancer treatment to their cancer team first, then the emergency department, then the clinic', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="en" />);
  const text = container.textContent!;
  const order = [
    "If you are having cancer treatment, call your cancer team's 24-hour number first. It is on your treatment card or letter.",
    'If you cannot reach anyone, go to the nearest emergency department.',
    'Tell them you have a port and are having cancer treatment.',
    'Call us at +1 206-555-0117.',
    'If we are closed, go to your nearest emergency department.',
  ].map((sentence) => text.indexOf(sentence));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(screen.getByRole('link', { name: clinic.phone })).toHaveAttribute('href', 'tel:+12065550117');
});

it('in Spanish: call now, never re-check first', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="es" />);
  expect(container).toHaveTextContent('No espere a ver si la fiebre baja ni a tomarse la temperatura otra vez. Llame enseguida.');
  expect(container.textContent).not.toMatch(/medirla otra vez|volver a tomarse/);
});
