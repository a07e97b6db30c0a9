/**
 * "When was your port last flushed?" on /using-your-port: the next three flush
 * dates and a calendar file that repeats every `aftercare.flushIntervalWeeks`
 * weeks. Static HTML rendered here, woken by flush-reminder-browser.ts, which
 * the post-build step loads after the page's load event (data-needs-js), as it
 * does the planner's. The field and button are disabled in the HTML until the
 * script runs, so nothing moves when it does, and without JavaScript the
 * advice above the form and a <noscript> note say what to do. The dates are
 * worked out in the browser and the file is made there: nothing is sent.
 */
import { FieldError } from '@/components/appointment-times';
import { flushIntervalText } from '@/lib/clinic/aftercare';
import { clinic } from '@/lib/clinic/config';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';
import { DATES_SHOWN } from '@/lib/flush-reminder/flush-dates';
import { dictionaryFor, fill, LANGUAGE_INFO, type LanguageCode } from '@/lib/i18n';
import { FLUSH_REMINDER_IDS, type FlushReminderSettings } from './flush-reminder-settings';

export function FlushReminder({ lang }: { lang: LanguageCode }) {
  const dictionary = dictionaryFor(lang);
  const words = dictionary.flushReminder;
  const clinical = clinicalWordsFor(lang).flushReminder;
  const interval = flushIntervalText(clinic.aftercare, lang);
  const settings: FlushReminderSettings = {
    timeZone: clinic.timeZone,
    intervalWeeks: clinic.aftercare.flushIntervalWeeks,
    intervalText: interval,
    clinicName: clinic.name,
    clinicPhone: clinic.phone,
    uidDomain: new URL(clinic.siteUrl).hostname,
    locale: LANGUAGE_INFO[lang].intlLocale,
    words: dictionary.flushReminderScript,
  };
  const { input: inputId, hint: hintId, error: errorId } = FLUSH_REMINDER_IDS;
  return (
    // data-needs-js: the post-build step adds this script to this page only, after load.
    <div
      data-needs-js="flush-reminder"
      data-flush-reminder={JSON.stringify(settings)}
      className="not-prose my-6 rounded bg-surface p-4 print:hidden"
    >
      <p>{clinical.askEachTime}</p>
      <noscript>
        <p className="mt-3">
          {words.noScript} {fill(clinical.countFromLast, { interval })}
        </p>
      </noscript>
      <form noValidate className="mt-4 space-y-3">
        <label htmlFor={inputId} className="block font-bold">
          {words.label}
        </label>
        {/* A message about the date goes in here, after the hint (showFieldError), and is read out. */}
        <div aria-live="polite">
          <p id={hintId} className="text-base text-muted">
            {words.hint}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <input
            id={inputId}
            name="last-flush"
            type="date"
            disabled
            aria-describedby={hintId}
            className="min-h-12 max-w-full rounded border-2 border-ink bg-white px-3 py-2 aria-invalid:border-urgent disabled:opacity-60"
          />
          <button
            type="submit"
            disabled
            className="min-h-12 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {words.submit}
          </button>
        </div>
      </form>

      <div aria-live="polite" className="mt-4" data-flush-results="" />

      {/* Inert until the script copies one into the page. */}
      <template data-flush-template="error">
        <FieldError id={errorId} prefix={words.errorPrefix} />
      </template>
      <template data-flush-template="dates">
        <section aria-label={words.datesLabel} className="rounded border-2 border-brand p-4">
          <p className="font-bold">{words.datesLabel}:</p>
          <ol className="mt-2 list-decimal pl-6">
            {Array.from({ length: DATES_SHOWN }, (_, index) => (
              <li key={index}>
                <span data-fill="date" />
              </li>
            ))}
          </ol>
          <p className="mt-3">{clinical.otherDay}</p>
          <button
            type="button"
            data-action="calendar"
            className="mt-4 min-h-12 rounded border-2 border-brand px-4 py-2 font-semibold text-brand-dark hover:bg-brand-light"
          >
            {words.calendar}
          </button>
        </section>
      </template>
    </div>
  );
}
