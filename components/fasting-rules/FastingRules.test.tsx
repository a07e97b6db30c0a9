import { render, screen } from '@testing-library/react';
import { FastingRules, hoursText } from './FastingRules';

// The default clinic follows ASA: fatty food 8 hours, a light meal 6, clear liquids 2; arrive 60 minutes early.
it('states the fatty-food, food, liquid and arrival rules of the default clinic', () => {
  render(<FastingRules lang="en" />);
  const items = screen.getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toEqual([
    'Fatty food: do not eat fried or fatty food, or meat, for 8 hours before your procedure. Until the food time below, you may eat a light meal, such as toast.',
    'Food: do not eat anything for 6 hours before your procedure.',
    'Clear liquids: you may drink clear liquids until 2 hours before your procedure. A clear liquid is one you can see through, such as water, clear apple juice, or black coffee or tea with no milk. After that, drink nothing, except a sip of water to take your usual medicines.',
    'Arrive: come 60 minutes before your appointment time.',
  ]);
});

it('says "hour" for one hour', () => {
  expect(hoursText(1, 'en')).toBe('1 hour');
  expect(hoursText(2, 'en')).toBe('2 hours');
});
