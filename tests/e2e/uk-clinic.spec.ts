// The UK clinic (tests/fixtures/uk-clinic.json, built to out-uk-clinic/): a
// clinic in London, English only, with 999 and Europe/London. Its pages write
// dates, times, phone numbers and temperatures as the UK does (lib/format):
// the NHS digital service manual's "Sunday 28 March 2027" and "7.30am", phones
// in the national format ("020 7946 0018", from a config that writes one of
// them "+44 20 7946 0999") dialled as E.164, and °C first. Every expected
// string is written out by hand. Four page visits: the contact page, the help
// page, and the planner on the days British Summer Time starts and ends, each
// with an axe scan of the page as it shows those formats.
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './suites/pages';
import { expectTimesShown } from './suites/planner';
import { feverLine } from '../support/expected-copy';
import { jsonLdNodes, nodeOfType } from '../support/structured-data';

const UK = { phone: { text: '020 7946 0018', href: 'tel:+442079460018' } };
const OUT_OF_HOURS = { text: '020 7946 0999', href: 'tel:+442079460999' };

test('/contact: UK phone numbers dialled as E.164, NHS-style opening hours, 999, en_GB and structured data', async ({ page, makeAxeBuilder }) => {
  await page.goto('/contact');
  await expect(page.getByRole('banner').getByRole('link', { name: UK.phone.text })).toHaveAttribute('href', UK.phone.href);
  const main = page.getByRole('main');
  await expect(main.locator(`a[href="${UK.phone.href}"]`).first()).toHaveText(UK.phone.text);
  await expect(main.getByRole('link', { name: OUT_OF_HOURS.text })).toHaveAttribute('href', OUT_OF_HOURS.href);
  await expect(main).toContainText('Monday to Friday: 8.30am to 5pm');
  await expect(main.getByRole('link', { name: '999', exact: true }).first()).toHaveAttribute('href', 'tel:999');
  await expect(page.locator('body')).not.toContainText(/\b911\b|\(303\)|°F \(/);
  expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('en_GB');
  expect(nodeOfType(await jsonLdNodes(page), 'MedicalClinic')?.telephone).toBe('+442079460018');
  await expectNoAxeViolations(makeAxeBuilder);
});

test('/when-to-get-help: 999, the fever line in °C first, the clinic numbers, and the sign-off date the UK way', async ({ page, makeAxeBuilder }) => {
  await page.goto('/when-to-get-help');
  const main = page.getByRole('main');
  await expect(main).toContainText('Call 999');
  await expect(main).toContainText(feverLine('38.0 °C (100.4 °F)'));
  await expect(page.locator('[data-callout="urgent"]')).toContainText(`Call us at ${UK.phone.text}. When we are closed, call ${OUT_OF_HOURS.text}.`);
  await expect(page.getByRole('complementary', { name: 'About this page' })).toContainText(
    'Checked for Thameside Port Clinic by Dr. Sam Example, Consultant interventional radiologist, on 30 November 2026.',
  );
  await expectNoAxeViolations(makeAxeBuilder);
});

// British Summer Time 2027 starts at 1:00am GMT on Sunday 28 March (clocks to 2:00am BST)
// and ends at 2:00am BST on Sunday 31 October (clocks back to 1:00am GMT).
const BST_DAYS = [
  {
    value: '2027-03-28T07:30',
    why: 'the day BST starts: 6 real hours before 7.30am BST is 12.30am GMT, not 1.30am',
    appointment: 'Sunday 28 March 2027, 7.30am',
    fatty: 'Saturday 27 March 2027, 10.30pm — the night before',
    food: 'Sunday 28 March 2027, 12.30am — the night before, after midnight',
    liquids: 'Sunday 28 March 2027, 5.30am — the same morning',
    arrival: 'Sunday 28 March 2027, 6.30am — the same morning',
    linkedFood: 'Sunday 28 March, 12.30am',
  },
  {
    value: '2027-10-31T07:30',
    why: 'the day BST ends: 8 real hours before 7.30am GMT is 12.30am BST, and 6 hours is the second 1.30am',
    appointment: 'Sunday 31 October 2027, 7.30am',
    fatty: 'Sunday 31 October 2027, 12.30am — the night before, after midnight',
    food: 'Sunday 31 October 2027, 1.30am — the night before, after midnight. The clocks go back, so 1.30am comes twice that day: this is the second one, after the change',
    liquids: 'Sunday 31 October 2027, 5.30am — the same morning',
    arrival: 'Sunday 31 October 2027, 6.30am — the same morning',
    linkedFood: 'Sunday 31 October, 1.30am',
  },
];

for (const day of BST_DAYS) {
  test(`a staff link ?appointment=${day.value} shows the times by hand (${day.why})`, async ({ page, makeAxeBuilder }) => {
    await page.goto(`/preparation?appointment=${day.value}`);
    await expectTimesShown(page, UK, day);
    const linked = page.locator('[data-linked-times]');
    await expect(linked.locator('dd[data-fill="appointment"]')).toHaveText(day.appointment);
    await expect(linked.locator('dd[data-fill="lastSolidFood"]')).toHaveText(day.linkedFood);
    await expect(page.getByText("in the clinic's local time (United Kingdom Time)")).toBeVisible();
    await expectNoAxeViolations(makeAxeBuilder);
  });
}
