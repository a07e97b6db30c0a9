import { render, screen } from '@testing-library/react';
import { BLEEDING_ADVICE, infectionSignsPortRemoved } from '../../tests/support/expected-copy';
import { InfectionSigns } from './InfectionSigns';

const clinic = {
  phone: '+1 206-555-0117',
  afterHoursPhone: undefined,
  emergencyNumber: '911',
  address: { street: '77 Pier Lane', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
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
    'Put on gloves. Do not touch leaked medicine with bare hands.',
    'Close the clamp on the tubing, if you were shown how.',
    'Stop the pump, if you were shown how.',
    'Put the tubing and anything with medicine on it in a plastic bag, or use your spill kit if you have one. Keep the bag for your care team.',
    'Then call.',
  ]);
});

it('keeps bleeding out of the infection signs: press first, a spot is normal, call if it soaks the dressing, the emergency number if it will not stop', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="en" />);
  const signs = [...container.querySelectorAll('[data-warning-signs="infection"] li')].map((li) => li.textContent ?? '');
  expect(signs.filter((sign) => /bleed/i.test(sign))).toEqual([]);
  expect(container.querySelector('[data-bleeding-advice]')).toHaveTextContent(BLEEDING_ADVICE);
});

it('brief: only the infection signs, the fever advice and who to call; after removal, worded for the cut', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="en" brief portRemoved />);
  expect(container.querySelector('[data-warning-signs="port-problem"]')).toBeNull();
  expect(container.querySelector('[data-first-steps]')).toBeNull();
  expect(container.querySelector('h3')).toBeNull();
  expect([...container.querySelectorAll('[data-warning-signs="infection"] li')].map((li) => li.textContent)).toEqual(infectionSignsPortRemoved('101.3 °F (38.5 °C)'));
  expect(container).toHaveTextContent("call your cancer team's 24-hour number first");
  expect(container.textContent).not.toMatch(/around the port/);
});

it('sends people on cancer treatment to their cancer team first, then the emergency department, then the clinic', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="en" />);
  const text = container.textContent!;
  const order = [
    "If you are having cancer treatment, call your cancer team's 24-hour number first. It is on your treatment card or letter.",
    'If you cannot reach anyone, go to the nearest emergency department.',
    'Tell them you have a port and are having cancer treatment.',
    'Call us at (206) 555-0117.',
    'If we are closed, go to your nearest emergency department.',
  ].map((sentence) => text.indexOf(sentence));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(screen.getByRole('link', { name: '(206) 555-0117' })).toHaveAttribute('href', 'tel:+12065550117');
});

it('in Spanish: call now, never re-check first', () => {
  const { container } = render(<InfectionSigns clinic={clinic} lang="es" />);
  expect(container).toHaveTextContent('No espere a ver si la fiebre baja ni a tomarse la temperatura otra vez. Llame enseguida.');
  expect(container.textContent).not.toMatch(/medirla otra vez|volver a tomarse/);
});
