// The planner on the second clinic's build: its own zone and rules (8 h food,
// 2 h liquids, 45 min arrival, Los Angeles), none of the default's.
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { expect, test } from './fixtures';

test('the planner uses the second clinic\'s time zone and fasting rules', async ({ page }) => {
  const year = new Date().getFullYear() + 1;
  await page.goto(`/preparation?appointment=${year}-12-03T07:30`);
  const region = page.getByRole('region', { name: 'Your preparation times' });
  expect(secondClinic.fasting.solidFoodHoursBefore).toBe(8);
  await expect(region.getByRole('listitem').filter({ hasText: 'Last solid food:' })).toContainText(
    `2 December ${year}, 11:30 PM — the night before`,
  );
  await expect(region.getByRole('listitem').filter({ hasText: 'Last clear liquids:' })).toContainText(`3 December ${year}, 5:30 AM`);
  await expect(region.getByRole('listitem').filter({ hasText: 'Arrive at the clinic:' })).toContainText(`3 December ${year}, 6:45 AM`);
  await expect(page.getByText("in the clinic's local time (Pacific Time)")).toBeVisible();
  await expect(region.getByRole('link', { name: secondClinic.phone })).toBeVisible();
});
