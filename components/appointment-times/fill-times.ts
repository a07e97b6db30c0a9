/**
 * Fills the slots PreparationTimes, ScanToOpen and FieldError render: shared
 * by the planner's script (its times, printed sheet and messages) and the
 * staff page's script (its letter and messages). Browser code: plain DOM
 * calls, no framework.
 */
import { beforePeriod, timeInWords, type PlannerWords, type PreparationTimeSet } from '@/lib/planner/appointment-times';
import type { DateTimeStyle } from '@/lib/format/date-time';
import { qrCodeSvg } from '@/lib/patient-link/qr-code';
import { shortLink } from '@/lib/patient-link/patient-link';

const TIME_SLOTS = ['appointment', 'lastFattyFood', 'lastSolidFood', 'lastClearLiquids', 'arrival'] as const;

/** Puts each time, in words, into its `data-fill` slot under `node`; every slot but the appointment's is followed by a period in the markup. */
export function fillPreparationTimes(node: ParentNode, times: PreparationTimeSet, timeZone: string, words: PlannerWords, style: DateTimeStyle): void {
  for (const key of TIME_SLOTS) {
    const time = times[key];
    if (!time) continue;
    const { full } = timeInWords(time, times.appointment, timeZone, words, style);
    node.querySelector(`[data-fill="${key}"]`)?.replaceChildren(key === 'appointment' ? full : beforePeriod(full));
  }
}

type FieldIds = { hint: string; error: string };

/** Takes a field's message away: the field is described by its hint alone again. */
export function clearFieldError(root: ParentNode, input: HTMLInputElement, ids: FieldIds): void {
  root.querySelector(`#${ids.error}`)?.remove();
  input.setAttribute('aria-describedby', ids.hint);
  input.removeAttribute('aria-invalid');
}

/** Shows `message` in a copy of the FieldError `error`, after the field's hint, and marks the field invalid. */
export function showFieldError(root: ParentNode, input: HTMLInputElement, ids: FieldIds, error: HTMLElement, message: string): void {
  clearFieldError(root, input, ids);
  error.querySelector('[data-fill="message"]')?.replaceWith(message);
  root.querySelector(`#${ids.hint}`)?.after(error);
  input.setAttribute('aria-describedby', `${ids.hint} ${ids.error}`);
  input.setAttribute('aria-invalid', 'true');
}

/** Draws the QR code of `link` (named by `label`) and writes the link as a person would type it. */
export function fillScanToOpen(node: ParentNode, link: string, label: string): void {
  const code = qrCodeSvg(document, link, label);
  code.setAttribute('class', 'block h-auto w-full');
  node.querySelector('[data-fill="qr"]')?.replaceChildren(code);
  node.querySelector('[data-fill="shortLink"]')?.replaceChildren(shortLink(link));
}
