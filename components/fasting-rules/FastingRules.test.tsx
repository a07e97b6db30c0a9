import { render, screen } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import { FastingRules, hoursText } from './FastingRules';

it('states the food, liquid and arrival rules from the clinic config', () => {
  render(<FastingRules />);
  const items = screen.getAllByRole('listitem').map((li) => li.textContent);
  expect(items[0]).toContain(`do not eat anything for ${clinic.fasting.solidFoodHoursBefore} hours before`);
  expect(items[1]).toContain(`until ${clinic.fasting.clearLiquidsHoursBefore} hours before`);
  expect(items[2]).toContain(`${clinic.arrivalMinutesBefore} minutes before`);
});

it('says "hour" for one hour', () => {
  expect(hoursText(1)).toBe('1 hour');
  expect(hoursText(2)).toBe('2 hours');
});
