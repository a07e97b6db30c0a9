/**
 * The flush reminder's only browser code, without a framework: it enables the
 * static form FlushReminder renders, checks the date, shows the next three
 * flush dates and makes the calendar file in the browser (a Blob download;
 * nothing is sent). The arithmetic and the file are in lib/flush-reminder/;
 * the markup is the server component's <template>s.
 * static-export/postbuild/page-scripts.mjs bundles this file with esbuild.
 */
import { clearFieldError, showFieldError } from '@/components/appointment-times/browser';
import { flushCalendarFile } from '@/lib/flush-reminder/flush-calendar';
import { fillIn } from '@/lib/planner/appointment-times';
import { checkLastFlush, dateInWords, isoDate, todayIn, type CalendarDate, type FlushProblem } from '@/lib/flush-reminder/flush-dates';
import { FLUSH_REMINDER_IDS, readFlushReminderSettings, type FlushReminderSettings } from './flush-reminder-settings';

function problemMessage(problem: FlushProblem, due: CalendarDate | undefined, settings: FlushReminderSettings): string {
  const { words } = settings;
  if (problem !== 'overdue') return words[problem];
  return fillIn(words.overdue, { date: due ? dateInWords(due, settings.locale) : '', clinic: settings.clinicName, phone: settings.clinicPhone });
}

function downloadCalendar(first: CalendarDate, settings: FlushReminderSettings) {
  const clinicValues = { clinic: settings.clinicName, phone: settings.clinicPhone, interval: settings.intervalText };
  const ics = flushCalendarFile(first, {
    intervalWeeks: settings.intervalWeeks,
    uidDomain: settings.uidDomain,
    summary: settings.words.calendarSummary,
    description: fillIn(settings.words.calendarDescription, clinicValues),
    alarm: fillIn(settings.words.calendarAlarm, clinicValues),
  });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${settings.words.fileName}-${isoDate(first)}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wakes up one flush reminder (the element carrying `data-flush-reminder`). Returns false if its markup is incomplete. */
export function startFlushReminder(root: HTMLElement): boolean {
  const settings = readFlushReminderSettings(root.dataset.flushReminder);
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>(`#${FLUSH_REMINDER_IDS.input}`);
  const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  const results = root.querySelector<HTMLElement>('[data-flush-results]');
  const template = (name: string) => () =>
    root.querySelector<HTMLTemplateElement>(`template[data-flush-template="${name}"]`)?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  const errorNode = template('error');
  const datesNode = template('dates');
  if (!settings || !form || !input || !button || !results) return false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const today = todayIn(settings.timeZone);
    // A date field holding a day that does not exist (30 February typed in) gives "" and badInput; a browser
    // without date fields gives the text as typed. Either way it is 'notADate', not 'empty'.
    const value = input.value === '' && input.validity.badInput ? 'not a date' : input.value;
    const check = checkLastFlush(value, settings.intervalWeeks, today);
    results.replaceChildren();
    if (!check.ok) {
      const error = errorNode();
      if (error) showFieldError(root, input, FLUSH_REMINDER_IDS, error, problemMessage(check.problem, check.due, settings));
      input.focus();
      return;
    }
    clearFieldError(root, input, FLUSH_REMINDER_IDS);
    const section = datesNode();
    if (!section) return;
    const slots = section.querySelectorAll('[data-fill="date"]');
    check.next.forEach((date, index) => slots[index]?.replaceChildren(dateInWords(date, settings.locale)));
    section.querySelector('[data-action="calendar"]')?.addEventListener('click', () => downloadCalendar(check.next[0]!, settings));
    results.append(section);
  });
  // A date picker that offers no day after today; the check above still refuses one typed in.
  input.max = isoDate(todayIn(settings.timeZone));
  input.disabled = false;
  button.disabled = false;
  // The script arrives after the page has loaded, so tests wait for this mark.
  root.dataset.flushReminderAwake = '';
  return true;
}
