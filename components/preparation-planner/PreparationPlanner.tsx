/**
 * "Work out your own times": the server part of the planner. It reads the
 * clinic config and hands plain values to the small client form. Without
 * JavaScript the form still renders (no layout shift when it wakes up) and a
 * note says to use the rules in words; printing keeps only this sheet.
 */
import { FastingRules } from '@/components/fasting-rules';
import { clinic, telHref } from '@/lib/clinic-config';
// Imported directly, not lazily: a lazy form inside Suspense could be prerendered
// as a hidden streamed segment that only JavaScript reveals. Other pages ship no
// scripts at all (lib/static-html.mjs), so the planner's code still loads only here.
import { PlannerForm } from './PlannerForm';

/** "Mountain Time" for America/Denver: a name that stays right all year. */
export function timeZoneName(timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export function PreparationPlanner() {
  return (
    // data-needs-js: this page must keep Next's runtime scripts. data-print-sheet: the print stylesheet keeps only this.
    <div data-needs-js="" data-print-sheet="" className="not-prose my-6 rounded bg-surface p-4 print:bg-white print:p-0">
      <PlannerForm
        timeZone={clinic.timeZone}
        timeZoneName={timeZoneName(clinic.timeZone)}
        rules={{ ...clinic.fasting, arrivalMinutesBefore: clinic.arrivalMinutesBefore }}
        clinicName={clinic.name}
        clinicPhone={clinic.phone}
        clinicTelHref={telHref(clinic.phone)}
        uidDomain={new URL(clinic.siteUrl).hostname}
      />
      <noscript>
        <p className="mt-4">
          Your browser is not running JavaScript, so this page cannot work out your times. Count back from your
          appointment time using the rules on this page, or call us on <a href={telHref(clinic.phone)}>{clinic.phone}</a>.
        </p>
      </noscript>
      <div className="hidden print:mt-6 print:block [&_ul]:list-disc [&_ul]:pl-6">
        <h2 className="font-bold">The rules</h2>
        <FastingRules />
        <p>
          Questions? Call {clinic.name} on {clinic.phone}.
        </p>
      </div>
    </div>
  );
}
