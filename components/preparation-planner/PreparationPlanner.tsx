/**
 * "Work out your own times". The whole planner is static HTML rendered here:
 * the form, an empty live region, and <template>s for what the browser script
 * (planner-browser.ts) fills in. That script is a few KB of our own code, so
 * /preparation ships no React runtime. The post-build step adds its <script>
 * tag to the page that carries `data-needs-js="planner"` (static-export/postbuild/static-html.mjs).
 * Clinic values the script needs travel in one data attribute: never fetched.
 * Without JavaScript the form still shows and a note says to use the rules in
 * words; printing keeps only this sheet. Every word comes from the page's
 * dictionary or clinical wording (content/clinical-wording/); the ones the script needs travel in `data-planner` too, so one
 * script serves every language. The printed sheet carries a QR code of the
 * patient's own link (the same one the staff page sends), drawn by the script.
 */
import { FastingRules } from '@/components/fasting-rules';
import { FieldError, plannerScriptWords, preparationPageUrl, preparationRules, PreparationTimes, ScanToOpen, timeZoneName } from '@/components/appointment-times';
import { PhoneLink } from '@/components/clinic-contact';
import { clinic } from '@/lib/clinic/config';
import { formatsFor } from '@/lib/format';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';
import { dictionaryFor, fill, localePath, type LanguageCode } from '@/lib/i18n';
import { hasFattyFoodRule } from '@/lib/planner/appointment-times';
import { PLANNER_IDS, type PlannerSettings } from './planner-settings';

const OUTLINE_BUTTON = 'min-h-12 rounded border-2 border-brand px-4 py-2 font-semibold text-brand-dark hover:bg-brand-light';

export function PreparationPlanner({ lang }: { lang: LanguageCode }) {
  const dictionary = dictionaryFor(lang);
  const words = dictionary.planner;
  const clinical = clinicalWordsFor(lang);
  const rules = preparationRules();
  const formats = formatsFor(lang);
  const settings: PlannerSettings = {
    timeZone: clinic.timeZone,
    rules,
    clinicName: clinic.name,
    clinicPhone: formats.phone(clinic.phone),
    uidDomain: new URL(clinic.siteUrl).hostname,
    words: plannerScriptWords(lang),
    dateTime: formats.dateTime,
    drinkNothing: clinical.fasting.drinkNothingAfter,
    pageUrl: preparationPageUrl(lang),
    qrLabel: dictionary.patientLetter.qrLabel,
  };
  const phoneLink = <PhoneLink phone={clinic.phone} />;
  const { input: inputId, hint: hintId, error: errorId } = PLANNER_IDS;
  return (
    // data-needs-js="planner": the post-build step adds the planner script to this page only.
    // data-print-sheet: the print stylesheet keeps only this.
    <div
      data-needs-js="planner"
      data-planner={JSON.stringify(settings)}
      data-print-sheet=""
      // On paper the times and the rules sit side by side, so the sheet keeps to one page.
      className="not-prose my-6 rounded bg-surface p-4 print:grid print:grid-cols-[3fr_2fr] print:items-start print:gap-6 print:bg-white print:p-0"
    >
      <form action={localePath(lang, '/preparation')} method="get" noValidate className="space-y-3 print:hidden">
        <label htmlFor={inputId} className="block font-bold">
          {words.label}
        </label>
        <p id={hintId} className="text-base text-muted">
          {fill(words.hint, { zone: timeZoneName(clinic.timeZone, formats.locale) })}
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
            {words.submit}
          </button>
        </div>
      </form>

      <div aria-live="polite" className="mt-6 print:mt-0" data-planner-results="" />

      {/* Inert until the script copies one into the page: never shown, read or announced before. */}
      <template data-planner-template="error">
        <FieldError id={errorId} prefix={words.errorPrefix} />
      </template>
      <template data-planner-template="general-rules">
        <p className="print:hidden">
          {fill(hasFattyFoodRule(rules) ? clinical.planner.generalRulesWithFattyFood : clinical.planner.generalRules, {
            fatty: rules.fattyFoodHoursBefore ?? '',
            food: rules.solidFoodHoursBefore,
            liquids: rules.clearLiquidsHoursBefore,
            arrival: rules.arrivalMinutesBefore,
          })}
        </p>
      </template>
      <template data-planner-template="times">
        <section aria-label={words.timesLabel} className="rounded border-2 border-brand p-4 print:border-ink print:p-3">
          <PreparationTimes lang={lang} />
          {/* On paper the rules beside it and the footer give the phone already. */}
          <p className="mt-3 print:hidden">
            {words.questionsBefore}
            {phoneLink}.
          </p>
          {/* On paper only: the way back to this page with these times. */}
          <ScanToOpen lang={lang} className="mt-4 hidden print:flex" />
          <div className="mt-4 flex flex-wrap gap-3 print:hidden">
            <button type="button" data-action="calendar" className={OUTLINE_BUTTON}>
              {words.calendar}
            </button>
            <button type="button" data-action="print" className={OUTLINE_BUTTON}>
              {words.print}
            </button>
          </div>
        </section>
      </template>

      <noscript>
        <p className="mt-4">
          {words.noScriptBefore}
          {phoneLink}.
        </p>
      </noscript>
      <div className="hidden print:block [&_ul]:list-disc [&_ul]:pl-6">
        <h2 className="font-bold">{words.rulesHeading}</h2>
        <FastingRules lang={lang} />
        <p>{fill(words.rulesQuestions, { clinic: clinic.name, phone: formats.phone(clinic.phone) })}</p>
      </div>
    </div>
  );
}
