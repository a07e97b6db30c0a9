// The preparation planner in a real browser, against the default clinic's
// build. Appointments are picked relative to today, so the tests never go stale.
import fs from 'node:fs';
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { parseAppointment, preparationTimes, timeInWords, type PreparationTimes } from '../../lib/planner/appointment-times';
import { en } from '../../lib/i18n/en';
import { icsDate, parseEvents } from '../support/ics';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const { timeZone } = defaultClinic;
const rules = { ...defaultClinic.fasting, arrivalMinutesBefore: defaultClinic.arrivalMinutesBefore };
const LABEL = 'Your appointment date and time';

/** "YYYY-MM-DDT07:30" about `days` days from now, in the clinic's zone. */
function futureAppointment(days: number, time = '07:30'): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const [month, date, year] = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(day)
    .split('/');
  return `${year}-${month}-${date}T${time}`;
}

/** Opens the planner once its code has loaded (the form is server-rendered before that). */
async function openPlanner(page: Page, search = '') {
  await page.goto(`/preparation${search}`);
  // The planner script is added only after the page has loaded; it marks the planner when ready.
  await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
}

/** What the page should say, from the clinic JSON; the clock is cross-checked with the browser-independent Intl. */
function expected(value: string) {
  const result = parseAppointment(value, timeZone);
  if (!result.ok) throw new Error(`test picked a bad appointment ${value}: ${result.problem}`);
  const times = preparationTimes(result.instant, rules);
  const clock = (date: Date) => new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
  const words = (date: Date) => timeInWords(date, result.instant, timeZone, en.plannerScript).full;
  return { times, clock, words };
}

async function expectTimesShown(page: Page, times: PreparationTimes, words: (d: Date) => string, clock: (d: Date) => string) {
  const region = page.getByRole('region', { name: 'Your preparation times' });
  const item = (label: string) => region.getByRole('listitem').filter({ hasText: label });
  await expect(item('Last solid food:')).toContainText(words(times.lastSolidFood));
  await expect(item('Last solid food:')).toContainText(clock(times.lastSolidFood));
  await expect(item('Last clear liquids:')).toContainText(words(times.lastClearLiquids));
  await expect(item('Last clear liquids:')).toContainText(clock(times.lastClearLiquids));
  await expect(item('Arrive at the clinic:')).toContainText(words(times.arrival));
  await expect(item('Driver:')).toContainText('drive');
  await expect(region.getByRole('link', { name: defaultClinic.phone })).toBeVisible();
}

test('typing an appointment shows the cut-offs from the clinic rules and a shareable address', async ({ page }) => {
  const value = futureAppointment(30);
  const { times, words, clock } = expected(value);
  // 6 hours before 7:30 AM is after midnight on the same day.
  expect(clock(times.lastSolidFood)).toBe('1:30 AM');
  await openPlanner(page);
  await page.getByLabel(LABEL).fill(value);
  await page.getByRole('button', { name: 'Show my times' }).click();
  await expectTimesShown(page, times, words, clock);
  await expect(page).toHaveURL(new RegExp(`/preparation\\?appointment=${value.replace(':', '(:|%3A)')}$`));
});

test('an afternoon appointment keeps the cut-offs on the same day', async ({ page }) => {
  const value = futureAppointment(40, '15:00');
  const { times, words, clock } = expected(value);
  await openPlanner(page);
  await page.getByLabel(LABEL).fill(value);
  await page.getByLabel(LABEL).press('Enter');
  await expectTimesShown(page, times, words, clock);
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toContainText('the same morning');
});

test('a staff link ?appointment= shows the times on load', async ({ page }) => {
  const value = futureAppointment(12, '08:30');
  const { times, words, clock } = expected(value);
  await page.goto(`/preparation?appointment=${value}`);
  await expectTimesShown(page, times, words, clock);
  await expect(page.getByLabel(LABEL)).toHaveValue(value);
});

test('"Add to my calendar" downloads an .ics file holding the right UTC times', async ({ page }) => {
  const value = futureAppointment(20);
  const { times } = expected(value);
  await page.goto(`/preparation?appointment=${value}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`port-preparation-${value.slice(0, 10)}.ics`);
  const ics = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const events = parseEvents(ics);
  expect(events.map((e) => icsDate(e.DTSTART))).toEqual([times.lastSolidFood, times.lastClearLiquids, times.arrival]);
  expect(icsDate(events[2]?.DTEND)).toEqual(times.appointment);
  expect(events[2]?.SUMMARY).toBe(`Arrive at ${defaultClinic.name} for your port procedure`);
});

const badLinks: [string, string][] = [
  ['garbage', 'We could not read that appointment time.'],
  ['2026-02-30T08:00', 'That date does not exist.'],
  ['2020-01-05T08:00', 'That time has already passed.'],
];
for (const [value, message] of badLinks) {
  test(`a bad link (?appointment=${value}) explains the problem next to the form and keeps the rules`, async ({ page, makeAxeBuilder }) => {
    await page.goto(`/preparation?appointment=${encodeURIComponent(value)}`);
    const input = page.getByLabel(LABEL);
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByText(`follow the general rules: no food for ${rules.solidFoodHoursBefore} hours`)).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`do not eat anything for ${rules.solidFoodHoursBefore} hours before`);
    await expect(page.getByRole('region', { name: 'Your preparation times' })).toHaveCount(0);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}

test('submitting an empty form moves focus to the field with the message', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Show my times' }).click();
  const input = page.getByLabel(LABEL);
  await expect(input).toBeFocused();
  await expect(input).toHaveAccessibleDescription(/Enter the date and time of your appointment\./);
});

test('with times shown the page has zero axe violations', async ({ page, makeAxeBuilder }) => {
  await page.goto(`/preparation?appointment=${futureAppointment(15)}`);
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toBeVisible();
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('printing keeps one sheet: the times, the rules and the clinic phone, without navigation or the form', async ({ page }) => {
  await page.goto(`/preparation?appointment=${futureAppointment(15)}`);
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toBeVisible();
  const printed = await page.evaluate(() => {
    let called = false;
    window.print = () => {
      called = true;
    };
    (Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Print this page') as HTMLButtonElement).click();
    return called;
  });
  expect(printed).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show my times' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The rules' })).toBeVisible();
  await expect(page.locator('[data-print-sheet]')).toContainText(`Call ${defaultClinic.name} on ${defaultClinic.phone}`);
  // The rest of the article (intro, headings) stays on screen only.
  await expect(page.getByRole('heading', { name: 'Work out your own times' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page still gives the rules in words and says the planner needs JavaScript', async ({ page }) => {
    await page.goto(`/preparation?appointment=${futureAppointment(10)}`);
    const main = page.getByRole('main');
    await expect(main).toContainText(`do not eat anything for ${rules.solidFoodHoursBefore} hours before your procedure`);
    await expect(main).toContainText(`until ${rules.clearLiquidsHoursBefore} hours before your procedure`);
    await expect(main).toContainText(`come ${rules.arrivalMinutesBefore} minutes before your appointment time`);
    // Playwright's text matchers skip <noscript>, so read the rendered note directly.
    const note = page.locator('[data-needs-js] noscript p');
    await expect(note).toBeVisible();
    expect(await note.evaluate((p) => p.textContent)).toContain('Your browser is not running JavaScript, so this page cannot work out your times.');
    await expect(page.getByLabel(LABEL)).toBeVisible();
  });
});

test('only /preparation loads the planner code, and no page loads Next\'s runtime', async ({ page }) => {
  const scriptsOf = async (path: string) => {
    const found: string[] = [];
    const listener = (request: import('@playwright/test').Request) => {
      if (request.resourceType() === 'script') found.push(new URL(request.url()).pathname);
    };
    page.on('request', listener);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('request', listener);
    return found;
  };
  const found = await scriptsOf('/preparation');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^\/_planner\/planner\.[0-9a-f]+\.js$/);
  // It is the code that works the form: it shows the times.
  await page.getByLabel(LABEL).fill(futureAppointment(30));
  await page.getByRole('button', { name: 'Show my times' }).click();
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toBeVisible();
  await expect(page.locator('[data-needs-js]')).toHaveCount(1);
  expect(await scriptsOf('/what-is-a-port')).toEqual([]);
  expect(await scriptsOf('/')).toEqual([]);
});
