/**
 * "Work out your own times". The whole planner is static HTML rendered here:
 * the form, an empty live region, and <template>s for what the browser script
 * (planner-browser.ts) fills in. That script is a few KB of our own code, so
 * /preparation ships no React runtime. The post-build step adds its <script>
 * tag to the page that carries `data-needs-js="planner"` (lib/build/static-html.mjs).
 * Clinic values the script needs travel in one data attribute: never fetched.
 * Without JavaScript the form still shows and a note says to use the rules in
 * words; printing keeps only this sheet.
 */
import { FastingRules } from '@/components/fasting-rules';
import { clinic, telHref } from '@/lib/clinic/config';
import { DRINK_NOTHING_AFTER } from '@/lib/content/fasting-words';
import { PLANNER_IDS, type PlannerSettings } from './planner-settings';

/** "Mountain Time" for America/Denver: a name that stays right all year. */
export function timeZoneName(timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

const OUTLINE_BUTTON = 'min-h-12 rounded border-2 border-brand px-4 py-2 font-semibold text-brand-dark hover:bg-brand-light';

export function PreparationPlanner() {
  const rules = { ...clinic.fasting, arrivalMinutesBefore: clinic.arrivalMinutesBefore };
  const settings: PlannerSettings = {
    timeZone: clinic.timeZone,
    rules,
    clinicName: clinic.name,
    clinicPhone: clinic.phone,
    uidDomain: new URL(clinic.siteUrl).hostname,
  };
  const { input: inputId, hint: hintId, error: errorId } = PLANNER_IDS;
  return (
    // data-needs-js="planner": the post-build step adds the planner script to this page only.
    // data-print-sheet: the print stylesheet keeps only this.
    <div
      data-needs-js="planner"
      data-planner={JSON.stringify(settings)}
      data-print-sheet=""
      className="not-prose my-6 rounded bg-surface p-4 print:bg-white print:p-0"
    >
      <form action="/preparation" method="get" noValidate className="space-y-3 print:hidden">
        <label htmlFor={inputId} className="block font-bold">
          Your appointment date and time
        </label>
        <p id={hintId} className="text-base text-muted">
          Use the date and time from your appointment letter, in the clinic&apos;s local time ({timeZoneName(clinic.timeZone)}).
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <input
            id={inputId}
            name="appointment"
            type="datetime-local"
            aria-describedby={hintId}
            className="min-h-12 max-w-full rounded border-2 border-ink px-3 py-2 aria-invalid:border-urgent"
          />
          <button type="submit" className="min-h-12 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            Show my times
          </button>
        </div>
      </form>

      <div aria-live="polite" className="mt-6" data-planner-results="" />

      {/* Inert until the script copies one into the page: never shown, read or announced before. */}
      <template data-planner-template="error">
        <p id={errorId} className="border-l-4 border-urgent bg-urgent-light px-3 py-2 font-semibold text-urgent">
          <span className="visually-hidden">Error:</span> <span data-fill="message" />
        </p>
      </template>
      <template data-planner-template="general-rules">
        <p className="print:hidden">
          Until you have your time, follow the general rules: no food for {rules.solidFoodHoursBefore} hours before your
          procedure, clear liquids until {rules.clearLiquidsHoursBefore} hours before, and arrive {rules.arrivalMinutesBefore}{' '}
          minutes early.
        </p>
      </template>
      <template data-planner-template="times">
        <section aria-label="Your preparation times" className="rounded border-2 border-brand p-4 print:border-ink">
          <p className="font-bold">
            Your appointment: <span data-fill="appointment" />
          </p>
          <ul className="mt-3 space-y-3">
            <li>
              <strong>Last solid food:</strong> <span data-fill="lastSolidFood" />. After this, do not eat anything.
            </li>
            <li>
              <strong>Last clear liquids:</strong> <span data-fill="lastClearLiquids" />. After this, {DRINK_NOTHING_AFTER}.
            </li>
            <li>
              <strong>Arrive at the clinic:</strong> <span data-fill="arrival" />.
            </li>
            <li>
              <strong>Driver:</strong> arrange for a responsible adult to take you home. You will get medicine to make you
              relaxed and sleepy, so you must not drive until the next day.
            </li>
          </ul>
          <p className="mt-3">
            Questions? Call <a href={telHref(clinic.phone)}>{clinic.phone}</a>.
          </p>
          <div className="mt-4 flex flex-wrap gap-3 print:hidden">
            <button type="button" data-action="calendar" className={OUTLINE_BUTTON}>
              Add to my calendar (.ics file)
            </button>
            <button type="button" data-action="print" className={OUTLINE_BUTTON}>
              Print this page
            </button>
          </div>
        </section>
      </template>

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
