// The staff page (/staff) of a clinic's build: the link is on the clinic's
// own address, the letter and the email carry its name, phone and times for a
// fixed appointment (written out by hand in tests/support/clinics.ts), and the
// page has no axe violations before and after, in each of its languages. Run
// by staff.spec.ts (phone and desktop) and second-clinic.spec.ts.
import type { Page } from '@playwright/test';
import type { ClinicProfile } from '../../support/clinics';
import { plannerLines, questionsLine } from '../../support/expected-copy';
import { readQrCode } from '../../support/qr-reader';
import { expect, test } from '../fixtures';

export const STAFF_LABEL = 'Appointment date and time';
export const APPOINTMENT = '2027-06-15T13:30';
const LANGUAGE_CHOICE = { en: 'English', es: 'Spanish (Español)' };

export async function openStaffPage(page: Page) {
  await page.goto('/staff');
  // The script is added after the page has loaded; it marks the tool when ready.
  await expect(page.locator('[data-staff-awake]')).toHaveCount(1);
}

export async function makeLink(page: Page, value: string, language?: string) {
  if (language) await page.getByLabel(language).check();
  await page.getByLabel(STAFF_LABEL).fill(value);
  await page.getByRole('button', { name: 'Make the link' }).click();
}

export const letter = (page: Page) => page.locator('[data-print-letter]');

export function staffSuite(clinic: ClinicProfile) {
  const { link, status, letter: times } = clinic.staff;

  test(`makes the ${clinic.label}'s own link, with a QR code that reads back as the same link, and a letter and email with its times`, async ({ page }) => {
    await openStaffPage(page);
    await expect(page.getByLabel(STAFF_LABEL)).toHaveAccessibleDescription(clinic.staff.timeZoneDescription);
    // A choice of language only where there is more than one.
    if (clinic.languages.length === 1) await expect(page.getByRole('radio')).toHaveCount(0);
    else for (const lang of clinic.languages) await expect(page.getByRole('radio', { name: LANGUAGE_CHOICE[lang], exact: true })).toBeVisible();
    await makeLink(page, APPOINTMENT);
    await expect(page.getByRole('status').first()).toHaveText(status);
    await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', link);
    const qr = letter(page).getByRole('img', { name: 'QR code: a link to your own page with your times' });
    expect(readQrCode(await qr.screenshot())).toBe(link);
    await expect(letter(page)).toContainText(clinic.config.name);
    await expect(letter(page)).toContainText(clinic.phone.text);
    await expect(letter(page)).toContainText(plannerLines.foodTime(times.food));
    await expect(letter(page)).toContainText(plannerLines.liquidsTime(times.liquids));
    await expect(letter(page)).toContainText(plannerLines.arrival(times.arrival));
    const body = new URL((await page.getByRole('link', { name: 'Email to patient' }).getAttribute('href'))!).searchParams.get('body')!.split('\r\n');
    expect(body).toContain(questionsLine(clinic.phone.text));
    expect(body).toContain(plannerLines.liquids(times.liquids));
  });

  test(`has zero axe violations before and after a link is made, in each of the ${clinic.label}'s languages`, async ({ page, makeAxeBuilder }) => {
    // Several axe scans in one test: heavy work on a busy 2-core machine, so three times the usual timeout.
    test.slow();
    await openStaffPage(page);
    const violations = async () => (await makeAxeBuilder().analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    expect(await violations()).toEqual([]);
    for (const lang of clinic.languages) {
      await makeLink(page, APPOINTMENT, lang === clinic.languages[0] ? undefined : LANGUAGE_CHOICE[lang]);
      expect(await violations()).toEqual([]);
    }
  });
}
