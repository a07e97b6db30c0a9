/**
 * The planner's only browser code, without a framework: it wakes up the static
 * form that PreparationPlanner renders. It reads ?appointment= on load, shows
 * the times (or the problem and the general rules) in the live region, keeps
 * the address shareable, and offers "Add to my calendar" and "Print". The
 * arithmetic lives in lib/ and is shared with the tests; the markup lives in
 * the server component's <template>s, so wording and classes have one source.
 * static-export/postbuild/page-scripts.mjs bundles this file with esbuild (a few KB).
 */
import { parseAppointment, preparationTimes, problemMessage, timeInWords, type PreparationTimeSet } from '@/lib/planner/appointment-times';
import { patientLink } from '@/lib/patient-link/patient-link';
import { clearFieldError, fillPreparationTimes, fillScanToOpen, showFieldError } from '@/components/appointment-times/browser';
import { calendarFile, preparationEvents } from '@/lib/planner/calendar-file';
import { PLANNER_IDS, readPlannerSettings, type PlannerSettings } from './planner-settings';

type Shown = { kind: 'error'; message: string } | { kind: 'times'; value: string; times: PreparationTimeSet };

const LINK_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function evaluate(value: string, settings: PlannerSettings): Shown {
  const result = parseAppointment(value, settings.timeZone);
  if (!result.ok) return { kind: 'error', message: problemMessage(result.problem, settings.words) };
  return { kind: 'times', value: value.trim(), times: preparationTimes(result.instant, settings.rules) };
}

function downloadCalendar(times: PreparationTimeSet, value: string, settings: PlannerSettings) {
  const ics = calendarFile(preparationEvents(times, settings, settings.words, settings.drinkNothing));
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${settings.words.fileName}-${value.slice(0, 10)}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The staff link's times box at the top of the page (LinkedTimes.tsx), when the
 * head script reserved it: the day and clock time of each, or the message for
 * a link the planner cannot use. The box keeps its size, so nothing moves.
 */
function showLinkedTimes(shown: Shown, settings: PlannerSettings) {
  const box = document.querySelector<HTMLElement>('[data-linked-times]');
  if (!box || !document.documentElement.hasAttribute('data-appointment-link')) return;
  if (shown.kind === 'error') {
    box.querySelector('[data-fill="problem"]')?.replaceChildren(shown.message);
    box.dataset.problem = '';
    return;
  }
  const { times } = shown;
  for (const slot of box.querySelectorAll<HTMLElement>('dd[data-fill]')) {
    const time = times[slot.dataset.fill as keyof PreparationTimeSet];
    if (!time) continue;
    // Short enough for one line on a phone: the year only on the appointment's line.
    const { day, clock } = timeInWords(time, times.appointment, settings.timeZone, settings.words, settings.dateTime, { year: time === times.appointment });
    slot.replaceChildren(`${day}, ${clock}`);
  }
  delete box.dataset.problem;
  box.dataset.filled = '';
}

/** Wakes up one planner (the element carrying `data-planner`). Returns false if its markup is incomplete. */
export function startPlanner(root: HTMLElement): boolean {
  const settings = readPlannerSettings(root.dataset.planner);
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>(`#${PLANNER_IDS.input}`);
  const results = root.querySelector<HTMLElement>('[data-planner-results]');
  const template = (name: string) => {
    const found = root.querySelector<HTMLTemplateElement>(`template[data-planner-template="${name}"]`);
    return () => found?.content.firstElementChild?.cloneNode(true) as HTMLElement;
  };
  const errorNode = template('error');
  const generalRules = template('general-rules');
  const timesNode = template('times');
  if (!settings || !form || !input || !results) return false;

  function show(shown: Shown) {
    showLinkedTimes(shown, settings!);
    results!.replaceChildren();
    if (shown.kind === 'error') {
      // The error sits above the field's row, after the hint, as the form always showed it.
      showFieldError(root, input!, PLANNER_IDS, errorNode(), shown.message);
      results!.append(generalRules());
      return;
    }
    clearFieldError(root, input!, PLANNER_IDS);
    const section = timesNode();
    const { times } = shown;
    fillPreparationTimes(section, times, settings!.timeZone, settings!.words, settings!.dateTime);
    fillScanToOpen(section, patientLink(settings!.pageUrl, shown.value), settings!.qrLabel);
    section.querySelector('[data-action="calendar"]')?.addEventListener('click', () => downloadCalendar(times, shown.value, settings!));
    section.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    results!.append(section);
    // The link to this page in the other language keeps the appointment (without the script it links to the plain page).
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
      const url = new URL(link.href);
      url.searchParams.set('appointment', shown.value);
      link.href = url.href;
    }
  }

  // A staff link (/preparation?appointment=2026-12-03T08:30) opens with the times shown.
  // Without one, anything typed before this script ran is simply still in the field.
  const linked = new URLSearchParams(window.location.search).get('appointment');
  if (linked !== null) {
    show(evaluate(linked, settings));
    if (LINK_VALUE.test(linked.trim())) input.value = linked.trim();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = evaluate(input.value, settings);
    show(next);
    if (next.kind === 'error') {
      input.focus();
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set('appointment', next.value);
    window.history.replaceState(window.history.state, '', url);
  });
  // The script arrives after the page has loaded (static-export/postbuild/static-html.mjs), so tests
  // and the size check wait for this mark rather than for the network to settle.
  root.dataset.plannerAwake = '';
  return true;
}
