/**
 * The staff page's only browser code, without a framework: it enables the form
 * StaffLinkTool renders and, for each appointment typed in, fills in the
 * patient's link, copy button, email and letter (with its QR code) from the
 * server part's <template>s. Everything happens here in the page: nothing is
 * sent, stored or remembered. static-export/postbuild/page-scripts.mjs bundles this file with
 * esbuild.
 */
import { beforePeriod, fillIn, parseAppointment, preparationTimes, problemMessage, timeInWords, type PreparationTimeSet } from '@/lib/planner/appointment-times';
import { mailtoHref, patientLink } from '@/lib/patient-link/patient-link';
import { clearFieldError, fillPreparationTimes, fillScanToOpen, showFieldError } from '@/components/appointment-times/browser';
import { readStaffSettings, STAFF_IDS, type PatientLanguage, type StaffSettings } from './staff-settings';

/** The email for one patient: subject and body in their language, with their times and link. */
function patientEmail(times: PreparationTimeSet, link: string, language: PatientLanguage, timeZone: string): string {
  const say = (instant: Date) => timeInWords(instant, times.appointment, timeZone, language.words, language.dateTime);
  // Every time but the appointment's ends a sentence whose period is in the email's text.
  const ending = (instant: Date) => beforePeriod(say(instant).full);
  const subject = fillIn(language.emailSubject, { date: say(times.appointment).day });
  const body = fillIn(language.emailBody, {
    appointment: say(times.appointment).full,
    ...(times.lastFattyFood ? { fattyFood: ending(times.lastFattyFood) } : {}),
    food: ending(times.lastSolidFood),
    liquids: ending(times.lastClearLiquids),
    arrival: ending(times.arrival),
    link,
  });
  return mailtoHref(subject, body);
}

/** Copies with the Clipboard API, or (where a page is not allowed it) by selecting the link and asking the browser to copy. */
async function copyText(text: string, fallback: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(fallback);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }
}

/** Wakes up the staff tool (the element carrying `data-staff`). Returns false if its markup is incomplete. */
export function startStaffTool(root: HTMLElement): boolean {
  const settings = readStaffSettings(root.dataset.staff);
  const form = root.querySelector<HTMLFormElement>('form[data-staff-form]');
  const input = root.querySelector<HTMLInputElement>(`#${STAFF_IDS.input}`);
  const status = root.querySelector<HTMLElement>('[data-staff-status]');
  const results = root.querySelector<HTMLElement>('[data-staff-results]');
  const template = (selector: string) => root.querySelector<HTMLTemplateElement>(`template${selector}`)?.content.firstElementChild;
  if (!settings || !form || !input || !status || !results || !template('[data-staff-template="error"]') || !template('[data-staff-template="results"]')) return false;
  const clone = (selector: string) => template(selector)!.cloneNode(true) as HTMLElement;
  const s: StaffSettings = settings;
  // The staff page's own messages are the planner's, in English (always the first language, lib/clinic/site-languages.ts).
  const staffWords = s.languages[0]!.words;

  const chosenLanguage = (): PatientLanguage => {
    const code = form.querySelector<HTMLInputElement>('input[name="language"]:checked')?.value;
    return s.languages.find((language) => language.code === code) ?? s.languages[0]!;
  };


  /**
   * Shows the results for the field's value. While staff are still typing
   * ('typing'), a value that is not yet a real future time just shows nothing;
   * once they leave the field or press the button, it gets the planner's message.
   */
  function update(when: 'typing' | 'changed' | 'submitted') {
    const value = input!.value.trim();
    clearFieldError(root, input!, STAFF_IDS);
    results!.replaceChildren();
    status!.textContent = '';
    if (!value && when !== 'submitted') return;
    const parsed = parseAppointment(value, s.timeZone);
    if (!parsed.ok && when === 'typing') return;
    if (!parsed.ok) {
      showFieldError(root, input!, STAFF_IDS, clone('[data-staff-template="error"]'), problemMessage(parsed.problem, staffWords));
      return;
    }
    const times = preparationTimes(parsed.instant, s.rules);
    const language = chosenLanguage();
    const link = patientLink(language.pageUrl, value);
    const section = clone('[data-staff-template="results"]');
    const linkElement = section.querySelector<HTMLAnchorElement>('[data-fill="link"]')!;
    linkElement.href = link;
    linkElement.textContent = link;
    section.querySelector<HTMLAnchorElement>('[data-action="email"]')!.href = patientEmail(times, link, language, s.timeZone);
    const letter = template(`[data-staff-letter="${language.code}"]`)?.cloneNode(true) as HTMLElement | undefined;
    if (letter) {
      fillPreparationTimes(letter, times, s.timeZone, language.words, language.dateTime);
      fillScanToOpen(letter, link, language.qrLabel);
      section.querySelector('[data-fill="letter"]')!.replaceWith(letter);
    }
    const copyStatus = section.querySelector<HTMLElement>('[data-fill="copyStatus"]');
    section.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
      const copied = await copyText(link, linkElement);
      if (copyStatus) copyStatus.textContent = copied ? s.copied : s.copyFailed;
    });
    section.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    results!.append(section);
    status!.textContent = fillIn(s.ready, { appointment: timeInWords(times.appointment, times.appointment, s.timeZone, staffWords, s.languages[0]!.dateTime).full, language: language.staffName });
  }

  // Results follow the form as staff type or pick; an unfinished field is simply not shown yet.
  form.addEventListener('input', () => update('typing'));
  form.addEventListener('change', () => update('changed'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update('submitted');
    if (input.getAttribute('aria-invalid') === 'true') input.focus();
  });
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[data-staff-control]')) control.disabled = false;
  update('typing');
  // Tests wait for this mark: the script arrives after the page has loaded (static-export/postbuild/static-html.mjs).
  root.dataset.staffAwake = '';
  return true;
}
