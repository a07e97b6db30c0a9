// The planner on a clinic's /preparation: its own time zone and fasting rules
// for fixed appointments, the times written out by hand in the clinic's
// profile (tests/support/clinics.ts), never worked out by the planner's own
// code; and the same rules in words. Run by planner.spec.ts (phone and
// desktop) and second-clinic.spec.ts.
import type { Page } from '@playwright/test';
import type { ClinicProfile, PlannerCase } from '../../support/clinics';
import { fastingRules, generalRules, plannerLines } from '../../support/expected-copy';
import { expect, test } from '../fixtures';

export const PLANNER_LABEL = 'Your appointment date and time';

/** The lines the results show, each exactly as written out. */
export async function expectTimesShown(page: Page, clinic: Pick<ClinicProfile, 'phone'>, shown: PlannerCase) {
  const region = page.getByRole('region', { name: 'Your preparation times' });
  const item = (label: string) => region.getByRole('listitem').filter({ hasText: label });
  await expect(region.getByText('Your appointment:')).toHaveText(`Your appointment: ${shown.appointment}`);
  if (shown.fatty) await expect(item('Last fatty food or meat:')).toHaveText(plannerLines.fatty(shown.fatty));
  else await expect(item('Last fatty food or meat:')).toHaveCount(0);
  await expect(item('Last solid food:')).toHaveText(plannerLines.food(shown.food));
  await expect(item('Last clear liquids:')).toHaveText(plannerLines.liquids(shown.liquids));
  await expect(item('Arrive at the clinic:')).toHaveText(plannerLines.arrival(shown.arrival));
  await expect(item('Driver:')).toHaveText(plannerLines.driver);
  await expect(region.getByRole('link', { name: clinic.phone.text })).toBeVisible();
}

export function plannerSuite(clinic: ClinicProfile) {
  for (const shown of clinic.planner.cases) {
    test(`a staff link ?appointment=${shown.value} shows the ${clinic.label}'s hand-written times (${shown.why})`, async ({ page }) => {
      await page.goto(`/preparation?appointment=${shown.value}`);
      await expectTimesShown(page, clinic, shown);
      await expect(page.getByLabel(PLANNER_LABEL)).toHaveValue(shown.value);
      await expect(page.getByText(`in the clinic's local time (${clinic.planner.timeZone})`)).toBeVisible();
    });
  }

  test(`/preparation gives the ${clinic.label}'s fasting and arrival times in words, and a link that cannot be read gives the same general rules`, async ({ page }) => {
    await page.goto('/preparation');
    const main = page.getByRole('main');
    for (const rule of fastingRules(clinic.fasting)) await expect(main).toContainText(rule);
    await page.goto('/preparation?appointment=garbage');
    await expect(page.getByText(generalRules(clinic.fasting))).toBeVisible();
  });
}
