// The flush reminder on a clinic's /using-your-port (components/flush-reminder):
// disabled and explained without JavaScript, woken after load with no layout
// shift, a bad date and a good one, the three dates and the calendar file
// (read back by ical.js, not our code) for a fixed "today", axe on the form
// in each state, and no request leaving the site. The expected dates are
// written out by hand in the clinic's profile (tests/support/clinics.ts).
// Run by flush-reminder.spec.ts (phone and desktop, each language) and
// second-clinic.spec.ts.
import fs from 'node:fs';
import ICAL from 'ical.js';
import type { ClinicProfile } from '../../support/clinics';
import { localePath, type LanguageCode } from '../../../lib/i18n';
import { expect, layoutShifts, recordLayoutShifts, test, wordsOf } from '../fixtures';

/** 20 January 2027, 11:00 AM in Denver and 10:00 AM in Seattle: "today" for the expected dates. */
const TODAY = new Date('2027-01-20T18:00:00Z');
const LAST_FLUSH = '2027-01-06';
const REMINDER = '[data-flush-reminder]';

export function flushReminderSuite(clinic: ClinicProfile, languages: LanguageCode[] = clinic.languages as LanguageCode[]) {
  const { weeks, iso, shown } = clinic.flushReminder;
  for (const lang of languages) {
    const path = localePath(lang, '/using-your-port');
    const expectedDates = shown[lang]!;
    test(`${path}: the ${clinic.label}'s next flush dates every ${weeks} weeks and a calendar file, without moving the page or sending anything`, async ({ page, browser, baseURL, makeAxeBuilder }) => {
      test.slow(); // three axe scans and a download
      const words = wordsOf(path);
      const label = words.flushReminder.label;

      // Without JavaScript: the form is there but disabled, and the page says what to do.
      const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const plain = await noScript.newPage();
      await plain.goto(path);
      await expect(plain.getByLabel(label)).toBeDisabled();
      await expect(plain.getByRole('button', { name: words.flushReminder.submit })).toBeDisabled();
      // Playwright's text matchers skip <noscript>, so read the rendered note directly.
      const note = plain.locator(`${REMINDER} noscript p`);
      await expect(note).toBeVisible();
      const noteText = await note.evaluate((p) => p.textContent);
      expect(noteText).toContain(words.flushReminder.noScript);
      expect(noteText).toContain(lang === 'es' ? `cada ${weeks} semanas` : `every ${weeks} weeks`);
      await noScript.close();

      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      await page.clock.setFixedTime(TODAY);
      await recordLayoutShifts(page);
      await page.goto(path);
      await expect(page.locator('[data-flush-reminder-awake]')).toHaveCount(1);
      // Waking up only enables the form: two frames later, still no layout shift.
      expect(await layoutShifts(page)).toEqual([]);
      const input = page.getByLabel(label);
      await expect(input).toBeEnabled();
      await expect(input).toHaveAttribute('max', '2027-01-20');
      expect((await makeAxeBuilder().include(REMINDER).analyze()).violations).toEqual([]);

      // A day after today: a message the field points to, in a live region.
      await input.fill('2027-01-21');
      await page.getByRole('button', { name: words.flushReminder.submit }).click();
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const error = page.locator('#flush-error');
      await expect(error).toHaveText(`${words.flushReminder.errorPrefix} ${words.flushReminderScript.future}`);
      await expect(page.locator('[aria-live="polite"]').filter({ has: error })).toHaveCount(1);
      await expect(input).toHaveAttribute('aria-describedby', 'flush-hint flush-error');
      expect((await makeAxeBuilder().include(REMINDER).analyze()).violations).toEqual([]);

      // The last flush: the three dates, written out by hand.
      await input.fill(LAST_FLUSH);
      await page.getByRole('button', { name: words.flushReminder.submit }).click();
      const dates = page.getByRole('region', { name: words.flushReminder.datesLabel });
      await expect(dates.getByRole('listitem')).toHaveText(expectedDates);
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(error).toHaveCount(0);
      expect((await makeAxeBuilder().include(REMINDER).analyze()).violations).toEqual([]);

      // The calendar file: made in the browser, repeating every N weeks from the first date shown.
      const downloading = page.waitForEvent('download');
      await dates.getByRole('button', { name: words.flushReminder.calendar }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`${words.flushReminderScript.fileName}-${iso[0]}.ics`);
      const vevent = new ICAL.Component(ICAL.parse(fs.readFileSync((await download.path())!, 'utf8'))).getFirstSubcomponent('vevent')!;
      expect((vevent.getFirstPropertyValue('rrule') as ICAL.Recur).interval).toBe(weeks);
      const occurrences = new ICAL.Event(vevent).iterator();
      expect(iso.map(() => occurrences.next()!.toString())).toEqual(iso);
      const description = String(vevent.getFirstPropertyValue('description'));
      expect(description).toContain(clinic.config.name);
      expect(description).toContain(clinic.config.phone);

      // Everything came from the site itself (the download is a blob: made in the page).
      expect([...origins].filter((origin) => origin !== new URL(baseURL!).origin && origin !== 'null')).toEqual([]);
    });
  }
}
