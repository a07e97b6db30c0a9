// The staff page on the second clinic's build (tests/fixtures/second-clinic.json:
// English only, Los Angeles, no food 8 hours before, clear liquids until
// 2 hours before, arrive 45 minutes early, its own brand colour): the link is
// on that clinic's address and the times follow its rules, written out by hand.
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { readQrCode } from '../support/qr-reader';
import { expect, test } from './fixtures';

const LINK = 'https://ports.harbourpoint.example/preparation?appointment=2027-06-15T13:30';

test('makes the clinic\'s own link and times, in English only, with no axe violations', async ({ page, makeAxeBuilder }) => {
  await page.goto('/staff');
  await expect(page.locator('[data-staff-awake]')).toHaveCount(1);
  await expect(page.getByLabel('Appointment date and time')).toHaveAccessibleDescription('In clinic time: Pacific Time (America/Los_Angeles).');
  // One language: nothing to choose.
  await expect(page.getByRole('radio')).toHaveCount(0);
  await page.getByLabel('Appointment date and time').fill('2027-06-15T13:30');
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.getByRole('link', { name: LINK })).toHaveAttribute('href', LINK);
  const letter = page.locator('[data-print-letter]');
  await expect(letter).toContainText(secondClinic.name);
  await expect(letter).toContainText(secondClinic.phone);
  await expect(letter).toContainText('Last solid food: Tuesday 15 June 2027, 5:30 AM — the same morning.');
  await expect(letter).toContainText('Last clear liquids: Tuesday 15 June 2027, 11:30 AM — the same morning.');
  await expect(letter).toContainText('Arrive at the clinic: Tuesday 15 June 2027, 12:45 PM — the same afternoon.');
  expect(readQrCode(await letter.getByRole('img').screenshot())).toBe(LINK);
  const body = new URL((await page.getByRole('link', { name: 'Email to patient' }).getAttribute('href'))!).searchParams.get('body')!;
  expect(body).toContain(`Questions? Call us on ${secondClinic.phone}.`);
  expect(body).toContain('Last clear liquids: Tuesday 15 June 2027, 11:30 AM — the same morning.');
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
