// The preparation planner in a real browser, against the default clinic's
// build (Denver; no fatty food or meat 8 hours before, no food 6 hours before,
// clear liquids until 2 hours before, arrive 60 minutes early:
// lib/clinic/default-clinic.json).
//
// Expected times are written out by hand, as a patient would read them, for
// fixed appointments in 2027 and 2028: never worked out by the planner's own
// functions, so a wrong formula fails here even if the bundle matches the
// module. Fixed dates also mean no test lands on a clock change by accident;
// the ones that cross a change do so on purpose.
import fs from 'node:fs';
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { parseAppointment, preparationTimes, timeInWords } from '../../lib/planner/appointment-times';
import { en } from '../../lib/i18n/en';
import { parseEvents } from '../support/ics';
import { DEFAULT_CLINIC } from '../support/clinics';
import { fastingRules, generalRules, timesFirst } from '../support/expected-copy';
import { expect, layoutShifts, recordLayoutShifts, test } from './fixtures';
import { expectTimesShown, PLANNER_LABEL, plannerSuite } from './suites/planner';
import type { Page } from '@playwright/test';

const LABEL = PLANNER_LABEL;

/** Opens the planner once its code has loaded (the form is server-rendered before that). */
async function openPlanner(page: Page, search = '') {
  await page.goto(`/preparation${search}`);
  // The planner script is added only after the page has loaded; it marks the planner when ready.
  await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
}

// The hand-written times for fixed appointments (tests/support/clinics.ts), each a test of the suite
// (tests/e2e/suites/planner.ts), which second-clinic.spec.ts runs with the second clinic's.
plannerSuite(DEFAULT_CLINIC);
const appointments = DEFAULT_CLINIC.planner.cases;

test('typing an appointment shows the cut-offs from the clinic rules and a shareable address', async ({ page }) => {
  const shown = appointments[0]!;
  const { value } = shown;
  await openPlanner(page);
  await page.getByLabel(LABEL).fill(value);
  await page.getByRole('button', { name: 'Show my times' }).click();
  await expectTimesShown(page, DEFAULT_CLINIC, shown);
  await expect(page).toHaveURL(new RegExp(`/preparation\\?appointment=${value.replace(':', '(:|%3A)')}$`));
});

test('pressing Enter in the field shows the times too', async ({ page }) => {
  const shown = appointments[1]!;
  await openPlanner(page);
  await page.getByLabel(LABEL).fill(shown.value);
  await page.getByLabel(LABEL).press('Enter');
  await expectTimesShown(page, DEFAULT_CLINIC, shown);
});

// An extra check, not a substitute for the literals above: the browser bundle
// says what the shared module says for every fixed appointment.
test('the page shows what lib/planner/appointment-times.ts works out (bundle equals module)', async ({ page }) => {
  const rules = { ...defaultClinic.fasting, arrivalMinutesBefore: defaultClinic.arrivalMinutesBefore };
  for (const { value } of appointments) {
    const result = parseAppointment(value, defaultClinic.timeZone);
    if (!result.ok) throw new Error(`${value}: ${result.problem}`);
    const times = preparationTimes(result.instant, rules);
    const words = (date: Date) => timeInWords(date, result.instant, defaultClinic.timeZone, en.plannerScript).full;
    await page.goto(`/preparation?appointment=${value}`);
    await expectTimesShown(page, DEFAULT_CLINIC, {
      value,
      why: 'as the module works it out',
      appointment: words(times.appointment),
      fatty: words(times.lastFattyFood!),
      food: words(times.lastSolidFood),
      liquids: words(times.lastClearLiquids),
      arrival: words(times.arrival),
    });
  }
});

/** Downloads the calendar file for a staff link and returns its events. */
async function calendarEvents(page: Page, value: string) {
  await page.goto(`/preparation?appointment=${value}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`port-preparation-${value.slice(0, 10)}.ics`);
  const ics = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  return parseEvents(ics);
}

test('"Add to my calendar" downloads an .ics file holding the right UTC times', async ({ page }) => {
  // 7:30 AM MDT (UTC-6) on 15 June 2027 is 13:30 UTC: fatty food 8 hours before, food 6, clear liquids 2, arrival 1.
  const events = await calendarEvents(page, '2027-06-15T07:30');
  expect(events.map((e) => e.DTSTART)).toEqual(['20270615T053000Z', '20270615T073000Z', '20270615T113000Z', '20270615T123000Z']);
  expect(events[3]?.DTEND).toBe('20270615T133000Z');
  expect(events[3]?.SUMMARY).toBe('Arrive at Riverbend Vascular & Interventional Clinic for your port procedure');
});

test('the calendar file counts real hours back across the spring-forward change', async ({ page }) => {
  // 7:30 AM MDT (UTC-6) on 14 March 2027 is 13:30 UTC; food 12:30 AM MST (UTC-7) is 07:30 UTC.
  const events = await calendarEvents(page, '2027-03-14T07:30');
  expect(events.map((e) => e.DTSTART)).toEqual(['20270314T053000Z', '20270314T073000Z', '20270314T113000Z', '20270314T123000Z']);
  expect(events[3]?.DTEND).toBe('20270314T133000Z');
});

test('the calendar file tells the two 1:30 AMs apart on the fall-back night', async ({ page }) => {
  // 6:30 AM MST (UTC-7) on 7 November 2027 is 13:30 UTC. 6 real hours before is 07:30 UTC, the first
  // 1:30 AM (MDT, UTC-6); the page says it is the first 1:30 AM, and the UTC time is the proof.
  const events = await calendarEvents(page, '2027-11-07T06:30');
  expect(events.map((e) => e.DTSTART)).toEqual(['20271107T053000Z', '20271107T073000Z', '20271107T113000Z', '20271107T123000Z']);
  expect(events[3]?.DTEND).toBe('20271107T133000Z');
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
    await expect(page.getByText(generalRules(DEFAULT_CLINIC.fasting))).toBeVisible();
    await expect(page.getByRole('main')).toContainText('do not eat anything for 6 hours before');
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
  await page.goto('/preparation?appointment=2027-06-15T07:30');
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toBeVisible();
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('printing keeps one sheet: the times, the rules and the clinic phone, without navigation or the form', async ({ page }) => {
  await page.goto('/preparation?appointment=2027-06-15T07:30');
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
  await expect(page.locator('[data-print-sheet]')).toContainText('Call Riverbend Vascular & Interventional Clinic on +1 303-555-0142');
  // The rest of the article (intro, headings) stays on screen only.
  await expect(page.getByRole('heading', { name: 'Work out your own times' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page still gives the rules in words and says the planner needs JavaScript', async ({ page }) => {
    await page.goto('/preparation?appointment=2027-06-15T07:30');
    const main = page.getByRole('main');
    for (const rule of fastingRules(DEFAULT_CLINIC.fasting)) await expect(main).toContainText(rule);
    // Playwright's text matchers skip <noscript>, so read the rendered note directly.
    const note = page.locator('[data-needs-js] noscript p');
    await expect(note).toBeVisible();
    expect(await note.evaluate((p) => p.textContent)).toContain('Your browser is not running JavaScript, so this page cannot work out your times.');
    await expect(page.getByLabel(LABEL)).toBeVisible();
  });
});

test('only /preparation loads the planner code, and no page loads Next\'s runtime', async ({ page }) => {
  // `ready` waits for what the page's own script does: the loader adds it only after the load event and a
  // frame, which on a busy machine can come after the network has been quiet for the 500 ms networkidle waits.
  const scriptsOf = async (path: string, ready?: () => Promise<void>) => {
    const found: string[] = [];
    const listener = (request: import('@playwright/test').Request) => {
      if (request.resourceType() === 'script') found.push(new URL(request.url()).pathname);
    };
    page.on('request', listener);
    await page.goto(path, { waitUntil: 'networkidle' });
    await ready?.();
    page.off('request', listener);
    return found;
  };
  const found = await scriptsOf('/preparation', () => expect(page.locator('[data-planner-awake]')).toHaveCount(1));
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^\/_planner\/planner\.[0-9a-f]+\.js$/);
  // It is the code that works the form: it shows the times.
  await page.getByLabel(LABEL).fill('2027-06-15T07:30');
  await page.getByRole('button', { name: 'Show my times' }).click();
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toBeVisible();
  await expect(page.locator('[data-needs-js]')).toHaveCount(1);
  expect(await scriptsOf('/what-is-a-port')).toEqual([]);
  expect(await scriptsOf('/')).toEqual([]);
});

// Times first: a staff link opens on the patient's own times, on the first screen of a 390 × 844 phone and a
// 1280 × 800 desktop, without the page moving when the planner (loaded after `load`) fills them in. The head
// script reserves their box before the first paint; with no or a bad appointment there is none.
for (const lang of ['en', 'es'] as const) {
  const { path, heading, titleHeading, lines } = timesFirst[lang];
  test(`${lang}: a staff link opens on the times, within the first screen and with no layout shift; without one, nothing is above the title`, async ({ page }, testInfo) => {
    const size = testInfo.project.name === 'desktop' ? { width: 1280, height: 800 } : { width: 390, height: 844 };
    await page.setViewportSize(size);
    await recordLayoutShifts(page);
    await page.goto(`${path}?appointment=2027-06-15T08:30`);
    await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
    const box = page.getByRole('region', { name: heading, exact: true });
    // Each line is a term and its description, which touch in the text: "Your appointment:Tuesday…".
    const items = box.locator('dl > div');
    await expect(items).toHaveText(lines.map((line) => line.replace(': ', ':')));
    // Two frames after the planner woke, so any shift from filling the box has been reported.
    expect(await layoutShifts(page)).toEqual([]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const list = (await box.locator('dl').boundingBox())!;
    expect(list.y).toBeGreaterThan(0);
    expect(list.y + list.height).toBeLessThanOrEqual(size.height);
    // The rules and the planner follow, below the title.
    const title = (await page.getByRole('heading', { level: 1, name: titleHeading }).boundingBox())!;
    expect(title.y).toBeGreaterThan(list.y + list.height);

    // No appointment, and a bad one: the page as before, the title first in <main>.
    for (const search of ['', '?appointment=garbage', '?appointment=2026-02-30T08:00', '?appointment=2020-01-05T08:00']) {
      await page.goto(`${path}${search}`);
      await expect(page.locator('html[data-appointment-link]')).toHaveCount(0);
      await expect(page.locator('[data-linked-times]')).toBeHidden();
      const main = (await page.getByRole('main').boundingBox())!;
      const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(h1.y - main.y).toBeLessThan(40);
    }
  });
}
