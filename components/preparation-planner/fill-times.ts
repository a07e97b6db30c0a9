/**
 * Fills the slots PreparationTimes and ScanToOpen render: shared by the
 * planner's script (its times and printed sheet) and the staff page's script
 * (its letter). Browser code: plain DOM calls, no framework.
 */
import { timeInWords, type PlannerWords, type PreparationTimes } from '@/lib/planner/appointment-times';
import { qrCodeSvg } from '@/lib/patient-link/qr-code';
import { shortLink } from '@/lib/patient-link/patient-link';

const TIME_SLOTS = ['appointment', 'lastSolidFood', 'lastClearLiquids', 'arrival'] as const;

/** Puts each time, in words, into its `data-fill` slot under `node`. */
export function fillPreparationTimes(node: ParentNode, times: PreparationTimes, timeZone: string, words: PlannerWords): void {
  for (const key of TIME_SLOTS) {
    node.querySelector(`[data-fill="${key}"]`)?.replaceChildren(timeInWords(times[key], times.appointment, timeZone, words).full);
  }
}

/** Draws the QR code of `link` (named by `label`) and writes the link as a person would type it. */
export function fillScanToOpen(node: ParentNode, link: string, label: string): void {
  const code = qrCodeSvg(document, link, label);
  code.setAttribute('class', 'block h-auto w-full');
  node.querySelector('[data-fill="qr"]')?.replaceChildren(code);
  node.querySelector('[data-fill="shortLink"]')?.replaceChildren(shortLink(link));
}
