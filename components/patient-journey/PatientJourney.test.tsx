import { render, screen, within } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import secondClinic from '@/tests/fixtures/second-clinic.json';
import { PatientJourney } from './PatientJourney';

it('lists every step of the journey in order, in words', () => {
  render(<PatientJourney />);
  const steps = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(screen.getByRole('list').tagName).toBe('OL');
  const whens = steps.map((step) => step.querySelector('p')?.textContent);
  expect(whens).toEqual([
    'The day before',
    'The morning of',
    'The procedure: about an hour',
    'Recovery',
    'Home the same day',
    'Day 3: dressing off',
    'Day 7 to 10: check-up',
    'Every month, if your port is not in use',
  ]);
  for (const step of steps) expect(step.textContent!.length).toBeGreaterThan(40);
});

it("puts the dressing and check-up days on the clinic's own days", () => {
  render(<PatientJourney aftercare={{ ...secondClinic.aftercare }} />);
  const whens = screen.getAllByRole('listitem').map((step) => step.querySelector('p')?.textContent);
  expect(whens).toContain('Day 2: dressing off');
  expect(whens).toContain('Day 10 to 14: check-up');
  expect(whens).not.toContain('Day 3: dressing off');
});

it('leaves fasting hours to the clinic', () => {
  render(<PatientJourney />);
  const dayBefore = screen.getAllByRole('listitem')[0]!;
  expect(dayBefore).toHaveTextContent('Stop eating at the time your clinic gives you.');
  expect(dayBefore.textContent).not.toMatch(/\d/);
  expect(screen.getByRole('list').textContent).not.toContain(`${clinic.fasting.solidFoodHoursBefore} hours`);
});

it('hides its icons from screen readers, so each step reads as text only', () => {
  render(<PatientJourney />);
  const icons = screen.getByRole('list').querySelectorAll('svg');
  expect(icons).toHaveLength(8);
  for (const icon of icons) expect(icon.closest('[aria-hidden="true"]')).not.toBeNull();
});
