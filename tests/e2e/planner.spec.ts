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
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const LABEL = 'Your appointment date and time';

/** Opens the planner once its code has loaded (the form is server-rendered before that). */
async function openPlanner(page: Page, search = '') {
  await page.goto(`/preparation${search}`);
  // The planner script is added only after the page has loaded; it marks the planner when ready.
  await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
}

type Shown = { appointment: string; fatty: string; food: string; liquids: string; arrival: string };

/** The lines the results show, each exactly as written here. */
async function expectTimesShown(page: Page, shown: Shown) {
  const region = page.getByRole('region', { name: 'Your preparation times' });
  const item = (label: string) => region.getByRole('listitem').filter({ hasText: label });
  await expect(region.getByText('Your appointment:')).toHaveText(`Your appointment: ${shown.appointment}`);
  await expect(item('Last fatty food or meat:')).toHaveText(`Last fatty food or meat: ${shown.fatty}. After this, eat only a light meal, such as toast.`);
  await expect(item('Last solid food:')).toHaveText(`Last solid food: ${shown.food}. After this, do not eat anything.`);
  await expect(item('Last clear liquids:')).toHaveText(`Last clear liquids: ${shown.liquids}. After this, drink nothing, except a sip of water to take your usual medicines.`);
  await expect(item('Arrive at the clinic:')).toHaveText(`Arrive at the clinic: ${shown.arrival}.`);
  await expect(item('Driver:')).toHaveText(
    'Driver: arrange for a responsible adult to take you home, not a taxi or rideshare on your own. You will get medicine to make you relaxed and sleepy. For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers.',
  );
  await expect(region.getByRole('link', { name: '+1 303-555-0142' })).toBeVisible();
}

/** Fixed appointments (clinic time) and what the page must say for each, worked out by hand. */
const appointments: { value: string; why: string; shown: Shown }[] = [
  {
    value: '2027-06-15T07:30',
    why: 'a morning appointment: 6 hours before 7:30 AM is after midnight on the same day',
    shown: {
      appointment: 'Tuesday 15 June 2027, 7:30 AM',
      fatty: 'Monday 14 June 2027, 11:30 PM — the night before',
      food: 'Tuesday 15 June 2027, 1:30 AM — the night before, after midnight',
      liquids: 'Tuesday 15 June 2027, 5:30 AM — the same morning',
      arrival: 'Tuesday 15 June 2027, 6:30 AM — the same morning',
    },
  },
  {
    value: '2027-09-08T15:00',
    why: 'an afternoon appointment keeps the cut-offs on the same day',
    shown: {
      appointment: 'Wednesday 8 September 2027, 3:00 PM',
      fatty: 'Wednesday 8 September 2027, 7:00 AM — the same morning',
      food: 'Wednesday 8 September 2027, 9:00 AM — the same morning',
      liquids: 'Wednesday 8 September 2027, 1:00 PM — the same afternoon',
      arrival: 'Wednesday 8 September 2027, 2:00 PM — the same afternoon',
    },
  },
  {
    value: '2028-01-20T05:45',
    why: 'an early appointment puts the food cut-off before midnight, the evening before',
    shown: {
      appointment: 'Thursday 20 January 2028, 5:45 AM',
      fatty: 'Wednesday 19 January 2028, 9:45 PM — the night before',
      food: 'Wednesday 19 January 2028, 11:45 PM — the night before',
      liquids: 'Thursday 20 January 2028, 3:45 AM — the night before, after midnight',
      arrival: 'Thursday 20 January 2028, 4:45 AM — the night before, after midnight',
    },
  },
  {
    // Clocks go forward at 2:00 AM MST (2:00 becomes 3:00 MDT) on Sunday 14 March 2027.
    value: '2027-03-14T07:30',
    why: 'across the spring-forward change: 6 real hours before 7:30 AM MDT is 12:30 AM MST, not 1:30 AM',
    shown: {
      appointment: 'Sunday 14 March 2027, 7:30 AM',
      fatty: 'Saturday 13 March 2027, 10:30 PM — the night before',
      food: 'Sunday 14 March 2027, 12:30 AM — the night before, after midnight',
      liquids: 'Sunday 14 March 2027, 5:30 AM — the same morning',
      arrival: 'Sunday 14 March 2027, 6:30 AM — the same morning',
    },
  },
  {
    // Clocks go back at 2:00 AM MDT (2:00 becomes 1:00 MST) on Sunday 7 November 2027.
    value: '2027-11-07T06:30',
    why: 'across the fall-back change: 6 real hours before 6:30 AM MST is 1:30 AM MDT, not 12:30 AM (the calendar test below tells the two 1:30s apart)',
    shown: {
      appointment: 'Sunday 7 November 2027, 6:30 AM',
      fatty: 'Saturday 6 November 2027, 11:30 PM — the night before',
      food: 'Sunday 7 November 2027, 1:30 AM — the night before, after midnight',
      liquids: 'Sunday 7 November 2027, 4:30 AM — the night before, after midnight',
      arrival: 'Sunday 7 November 2027, 5:30 AM — the same morning',
    },
  },
];

for (const { value, why, shown } of appointments) {
  test(`a staff link ?appointment=${value} shows the hand-written times (${why})`, async ({ page }) => {
    await page.goto(`/preparation?appointment=${value}`);
    await expectTimesShown(page, shown);
    await expect(page.getByLabel(LABEL)).toHaveValue(value);
  });
}

test('typing an appointment shows the cut-offs from the clinic rules and a shareable address', async ({ page }) => {
  const [{ value, shown }] = appointments as [(typeof appointments)[number]];
  await openPlanner(page);
  await page.getByLabel(LABEL).fill(value);
  await page.getByRole('button', { name: 'Show my times' }).click();
  await expectTimesShown(page, shown);
  await expect(page).toHaveURL(new RegExp(`/preparation\\?appointment=${value.replace(':', '(:|%3A)')}$`));
});

test('pressing Enter in the field shows the times too', async ({ page }) => {
  const { value, shown } = appointments[1]!;
  await openPlanner(page);
  await page.getByLabel(LABEL).fill(value);
  await page.getByLabel(LABEL).press('Enter');
  await expectTimesShown(page, shown);
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
    await expectTimesShown(page, {
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
  // 1:30 AM (MDT, UTC-6); the page says "1:30 AM" either way, so the UTC time is the proof.
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
    await expect(page.getByText('follow the general rules: no fried or fatty food or meat for 8 hours before your procedure, no food at all for 6 hours before')).toBeVisible();
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
    await expect(main).toContainText('do not eat anything for 6 hours before your procedure');
    await expect(main).toContainText('do not eat fried or fatty food, or meat, for 8 hours before your procedure');
    await expect(main).toContainText('until 2 hours before your procedure');
    await expect(main).toContainText('come 60 minutes before your appointment time');
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
