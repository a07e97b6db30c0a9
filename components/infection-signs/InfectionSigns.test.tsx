import { render, screen } from '@testing-library/react';
import { InfectionSigns } from './InfectionSigns';

const clinic = {
  phone: '+1 206-555-0117',
  afterHoursPhone: undefined,
  aftercare: { dressingDays: 2, checkUpDaysAfter: { from: 10, to: 14 }, feverCelsius: 38.5, avoidHeavyLiftingDays: 5 },
};

it('is an urgent callout: the fever line from the clinic first, then the other signs, and to call at once', () => {
  const { container } = render(<InfectionSigns clinic={clinic} />);
  const callout = container.querySelector('[data-callout="urgent"]')!;
  expect(callout).toHaveTextContent('Urgent advice: Call us right away, day or night, if you have any of these:');
  const signs = [...callout.querySelectorAll('[data-warning-signs="infection"] li')].map((li) => li.textContent);
  expect(signs[0]).toBe('a temperature of 101.3 °F (38.5 °C) or higher');
  expect(signs[1]).toBe('shivering or chills');
  expect(signs).toHaveLength(7);
  expect(callout).toHaveTextContent('do not wait to check it again. During cancer treatment, a fever can be an emergency.');
  expect(screen.getByRole('link', { name: clinic.phone })).toHaveAttribute('href', 'tel:+12065550117');
  expect(callout).toHaveTextContent('If we are closed, go to your nearest emergency department.');
});
