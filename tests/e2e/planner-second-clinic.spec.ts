// The planner on the second clinic's build: its own zone and rules (8 h food,
// 2 h liquids, 45 min arrival, Los Angeles: tests/fixtures/second-clinic.json),
// none of the default's. Expected times are written out by hand for fixed
// appointments, never worked out by the planner's own code.
import { expect, test } from './fixtures';

const cases: { value: string; why: string; food: string; liquids: string; arrival: string }[] = [
  {
    value: '2027-12-03T07:30',
    why: '8 hours before 7:30 AM is before midnight, the evening before',
    food: 'Thursday 2 December 2027, 11:30 PM — the night before',
    liquids: 'Friday 3 December 2027, 5:30 AM — the same morning',
    arrival: 'Friday 3 December 2027, 6:45 AM — the same morning',
  },
  {
    // Clocks go forward at 2:00 AM PST (to 3:00 PDT) on Sunday 12 March 2028.
    value: '2028-03-12T07:30',
    why: 'across the spring-forward change: 8 real hours before 7:30 AM PDT is 10:30 PM PST, not 11:30 PM',
    food: 'Saturday 11 March 2028, 10:30 PM — the night before',
    liquids: 'Sunday 12 March 2028, 5:30 AM — the same morning',
    arrival: 'Sunday 12 March 2028, 6:45 AM — the same morning',
  },
  {
    // Clocks go back at 2:00 AM PDT (to 1:00 PST) on Sunday 7 November 2027.
    value: '2027-11-07T07:30',
    why: 'across the fall-back change: 8 real hours before 7:30 AM PST is 12:30 AM PDT, not 11:30 PM the day before',
    food: 'Sunday 7 November 2027, 12:30 AM — the night before, after midnight',
    liquids: 'Sunday 7 November 2027, 5:30 AM — the same morning',
    arrival: 'Sunday 7 November 2027, 6:45 AM — the same morning',
  },
];

for (const { value, why, food, liquids, arrival } of cases) {
  test(`the planner uses the second clinic's time zone and fasting rules for ${value} (${why})`, async ({ page }) => {
    await page.goto(`/preparation?appointment=${value}`);
    const region = page.getByRole('region', { name: 'Your preparation times' });
    const item = (label: string) => region.getByRole('listitem').filter({ hasText: label });
    await expect(item('Last solid food:')).toHaveText(`Last solid food: ${food}. After this, do not eat anything.`);
    await expect(item('Last clear liquids:')).toHaveText(`Last clear liquids: ${liquids}. After this, drink nothing, except a sip of water to take your usual medicines.`);
    await expect(item('Arrive at the clinic:')).toHaveText(`Arrive at the clinic: ${arrival}.`);
    await expect(page.getByText("in the clinic's local time (Pacific Time)")).toBeVisible();
    await expect(region.getByRole('link', { name: '+1 206-555-0117' })).toBeVisible();
  });
}
