import { render, screen, within } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import secondClinic from '@/tests/fixtures/second-clinic.json';
import { PatientJourney } from './PatientJourney';

it('lists every step of the journey in order, in words', () => {
  render(<PatientJourney lang="en" />);
  const steps = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(screen.getByRole('list').tagName).toBe('OL');
  const whens = steps.map((step) => step.querySelector('p')?.textContent);
  expect(whens).toEqual([
    'The day before',
    'The morning of',
    'The procedure: about an hour',
    'Recovery',
    'Home the same day',
    'After 3 days: dressing off',
    'Day 7 to 10: check-up',
    'Every 4 weeks, if your port is not in use',
  ]);
  for (const step of steps) expect(step.textContent!.length).toBeGreaterThan(40);
});

it("puts the dressing and check-up days on the clinic's own days", () => {
  render(<PatientJourney lang="en" aftercare={{ ...secondClinic.aftercare }} />);
  const whens = screen.getAllByRole('listitem').map((step) => step.querySelector('p')?.textContent);
  expect(whens).toContain('After 2 days: dressing off');
  expect(whens).toContain('Day 10 to 14: check-up');
  expect(whens).toContain('Every 12 weeks, if your port is not in use');
  expect(whens).not.toContain('After 3 days: dressing off');
  expect(whens).not.toContain('Every 4 weeks, if your port is not in use');
});

it('leaves fasting hours to the clinic', () => {
  render(<PatientJourney lang="en" />);
  const dayBefore = screen.getAllByRole('listitem')[0]!;
  // The day before is no fasting day (ASA): it only says to check the times.
  expect(dayBefore).toHaveTextContent('Make sure an adult can take you home. Check your times to stop eating and drinking.');
  expect(dayBefore).not.toHaveTextContent(/stop eating at|midnight/i);
  expect(dayBefore.textContent).not.toMatch(/\d/);
  expect(screen.getByRole('list').textContent).not.toContain(`${clinic.fasting.solidFoodHoursBefore} hours`);
});

it('hides its icons from screen readers, so each step reads as text only', () => {
  render(<PatientJourney lang="en" />);
  const icons = screen.getByRole('list').querySelectorAll('svg');
  expect(icons).toHaveLength(8);
  for (const icon of icons) expect(icon.closest('[aria-hidden="true"]')).not.toBeNull();
});
