/**
 * The staff page's tool (/staff): an appointment time and the patient's
 * language in; the patient's link, a copy button, an email and a one-page
 * letter with a QR code out. Like the planner, everything is static HTML
 * rendered here: the form (disabled until its script runs, since without it
 * the form could only send the time to the server), and <template>s for the results and for the letter
 * in each language, which staff-browser.ts fills in. The post-build step adds
 * that script to this page only (data-needs-js="staff"). Nothing typed here
 * is sent or stored: there is no form action, no name field, no storage.
 */
import { FieldError, plannerScriptWords, preparationPageUrl, preparationRules, PreparationTimes, ScanToOpen, timeZoneName } from '@/components/appointment-times';
import { PhoneLink } from '@/components/clinic-contact';
import { clinic } from '@/lib/clinic/config';
import { formatsFor } from '@/lib/format';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';
import { siteLanguages } from '@/lib/clinic/site-languages';
import { patientLink } from '@/lib/patient-link/patient-link';
import { hasFattyFoodRule } from '@/lib/planner/appointment-times';
import { STAFF_IDS, type PatientLanguage, type StaffSettings } from './staff-settings';
import { EXAMPLE_APPOINTMENT, staffWords as words } from './staff-words';

const BUTTON = 'inline-flex min-h-12 items-center rounded border-2 border-brand px-4 py-2 font-semibold text-brand-dark no-underline hover:bg-brand-light';

/** A language's name in English, for the staff page ("Spanish"). */
const englishName = (lang: LanguageCode) => new Intl.DisplayNames('en', { type: 'language' }).of(lang) ?? lang;

/**
 * The email's text in a language, with the clinic's values in and the
 * patient's times and link left as {placeholders} for the browser script.
 */
export function emailBody(lang: LanguageCode): string {
  const dictionary = dictionaryFor(lang);
  const planner = dictionary.planner;
  const clinical = clinicalWordsFor(lang);
  const letter = dictionary.patientLetter;
  return [
    letter.emailGreeting,
    '',
    fill(letter.emailIntro, { clinic: clinic.name }),
    '',
    `${planner.appointment} {appointment}`,
    ...(hasFattyFoodRule(clinic.fasting) ? [`${planner.lastFattyFoodLabel} {fattyFood}${clinical.planner.lastFattyFoodAfter}`] : []),
    `${planner.lastFoodLabel} {food}${clinical.planner.lastFoodAfter}`,
    `${planner.lastLiquidsLabel} {liquids}${fill(clinical.planner.lastLiquidsAfter, { drinkNothing: clinical.fasting.drinkNothingAfter })}`,
    `${planner.arriveLabel} {arrival}.`,
    `${planner.driverLabel} ${clinical.planner.driver}`,
    '',
    letter.emailLink,
    '',
    fill(letter.emailQuestions, { phone: formatsFor(lang).phone(clinic.phone) }),
    clinic.name,
  ].join('\n');
}

function patientLanguage(lang: LanguageCode): PatientLanguage {
  const dictionary = dictionaryFor(lang);
  return {
    code: lang,
    name: dictionary.meta.languageName,
    staffName: englishName(lang),
    pageUrl: preparationPageUrl(lang),
    words: plannerScriptWords(lang),
    dateTime: formatsFor(lang).dateTime,
    emailSubject: dictionary.patientLetter.emailSubject,
    emailBody: emailBody(lang),
    qrLabel: dictionary.patientLetter.qrLabel,
  };
}

/** The letter in one language: clinic, times, phone, and the QR code with the short link. */
function Letter({ lang }: { lang: LanguageCode }) {
  const dictionary = dictionaryFor(lang);
  return (
    <div lang={lang} data-print-letter="" className="rounded border-2 border-line bg-white p-6 print:border-0 print:p-0">
      <p className="text-2xl font-bold">{clinic.name}</p>
      <h3 className="mt-4 text-xl font-bold">{dictionary.patientLetter.letterTitle}</h3>
      <div className="mt-3">
        <PreparationTimes lang={lang} />
      </div>
      <p className="mt-3">
        {dictionary.planner.questionsBefore}
        <PhoneLink phone={clinic.phone} />.
      </p>
      <ScanToOpen lang={lang} className="mt-6" />
    </div>
  );
}

export function StaffLinkTool() {
  const languages = siteLanguages();
  const settings: StaffSettings = {
    timeZone: clinic.timeZone,
    rules: preparationRules(),
    ready: words.ready,
    copied: words.copied,
    copyFailed: words.copyFailed,
    languages: languages.map(patientLanguage),
  };
  const { input: inputId, hint: hintId, error: errorId } = STAFF_IDS;
  const example = patientLink(preparationPageUrl('en'), EXAMPLE_APPOINTMENT);
  return (
    <div data-needs-js="staff" data-staff={JSON.stringify(settings)} className="not-prose my-6">
      <p className="rounded border-l-4 border-brand bg-surface px-4 py-3 print:hidden">{words.privacy}</p>

      {/*
        Disabled until the script runs: without it the form could only send the time to the
        server in the address, so it cannot be sent at all. Disabled rather than hidden, so the
        page does not move when the script arrives.
      */}
      <form noValidate data-staff-form="" className="mt-6 space-y-4 print:hidden">
        <div>
          <label htmlFor={inputId} className="block font-bold">
            {words.label}
          </label>
          <p id={hintId} className="text-base text-muted">
            {fill(words.hint, { zone: timeZoneName(clinic.timeZone, formatsFor('en').locale), timeZone: clinic.timeZone })}
          </p>
          <input
            id={inputId}
            name="appointment"
            type="datetime-local"
            aria-describedby={hintId}
            disabled
            data-staff-control=""
            className="mt-2 min-h-12 max-w-full rounded border-2 border-ink px-3 py-2 aria-invalid:border-urgent"
          />
        </div>
        {languages.length > 1 ? (
          <fieldset>
            <legend className="font-bold">{words.languageLegend}</legend>
            <div className="mt-1 flex flex-wrap gap-x-6">
              {languages.map((lang, index) => (
                <label key={lang} className="flex min-h-12 items-center gap-2">
                  <input type="radio" name="language" value={lang} defaultChecked={index === 0} disabled data-staff-control="" className="size-5" />
                  {englishName(lang) === dictionaryFor(lang).meta.languageName ? (
                    englishName(lang)
                  ) : (
                    <span>
                      {englishName(lang)} (<span lang={lang}>{dictionaryFor(lang).meta.languageName}</span>)
                    </span>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <button
          type="submit"
          disabled
          data-staff-control=""
          className="min-h-12 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:cursor-not-allowed disabled:opacity-60"
        >
          {words.submit}
        </button>
      </form>

      <p role="status" data-staff-status="" className="mt-4 font-semibold print:hidden" />
      <div data-staff-results="" />

      <template data-staff-template="error">
        <FieldError id={errorId} prefix={words.errorPrefix} />
      </template>
      <template data-staff-template="results">
        <section aria-labelledby="staff-link-heading" className="mt-4 space-y-4 print:m-0">
          <div className="rounded border-2 border-brand p-4 print:hidden">
            <h2 id="staff-link-heading" className="text-xl font-bold">
              {words.linkHeading}
            </h2>
            <p className="mt-2 break-all">
              {/* The script writes the patient's link here. */}
              <a data-fill="link" href={preparationPageUrl('en')} className="font-semibold text-brand-dark">
                {preparationPageUrl('en')}
              </a>
            </p>
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="button" data-action="copy" className={BUTTON}>
                {words.copy}
              </button>
              <a data-action="email" href="mailto:" className={BUTTON}>
                {words.email}
              </a>
              <button type="button" data-action="print" className={BUTTON}>
                {words.print}
              </button>
            </div>
            <p role="status" data-fill="copyStatus" className="mt-2" />
          </div>
          <h2 className="text-xl font-bold print:hidden">{words.letterHeading}</h2>
          <p className="text-base text-muted print:hidden">{words.letterHint}</p>
          <div data-fill="letter" />
        </section>
      </template>
      {languages.map((lang) => (
        <template key={lang} data-staff-letter={lang}>
          <Letter lang={lang} />
        </template>
      ))}

      <section aria-labelledby="staff-by-hand" className="mt-10 print:hidden">
        <h2 id="staff-by-hand" className="text-xl font-bold">
          {words.byHandHeading}
        </h2>
        <p className="mt-2">{words.noScript}</p>
        <p className="mt-2">{words.byHand}</p>
        <p className="mt-2">{words.example}</p>
        <p className="mt-1 font-mono break-all">{example}</p>
        {languages
          .filter((lang) => lang !== 'en')
          .map((lang) => (
            <div key={lang}>
              <p className="mt-2">{fill(words.exampleLanguage, { language: englishName(lang) })}</p>
              <p className="mt-1 font-mono break-all">
                {patientLink(preparationPageUrl(lang), EXAMPLE_APPOINTMENT)}
              </p>
            </div>
          ))}
        <p className="mt-2">{words.badLink}</p>
      </section>
    </div>
  );
}
