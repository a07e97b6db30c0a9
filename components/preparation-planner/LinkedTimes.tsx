/**
 * The patient's own times at the top of /preparation, for a staff link
 * (/preparation?appointment=…): the page opens on them, the rules and the
 * planner follow. A static page cannot know the address, so a tiny inline
 * script in <head> (appointmentMark, static-export/postbuild/static-html.mjs)
 * marks <html data-appointment-link> before the first paint when the address
 * carries a well-formed appointment; only then does CSS show this box, its
 * lines already there (globals.css), so the planner script (planner-browser.ts)
 * fills them after the page has loaded without moving anything. Without the mark
 * (no appointment, an unreadable one, no JavaScript) it is never shown.
 * Short lines (day and clock time, label above) so the list fits a phone's
 * first screen; what to do at each time is in the planner's full list below.
 */
import { clinic } from '@/lib/clinic/config';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { hasFattyFoodRule } from '@/lib/planner/appointment-times';

/** Where the planner sits on the page (its heading's id in both languages). */
const PLANNER_SECTION = '#work-out-your-own-times';

export function LinkedTimes({ lang }: { lang: LanguageCode }) {
  const words = dictionaryFor(lang).planner;
  const rows: [slot: string, label: string][] = [
    ['appointment', words.appointment],
    ...(hasFattyFoodRule(clinic.fasting) ? [['lastFattyFood', words.lastFattyFoodLabel] as [string, string]] : []),
    ['lastSolidFood', words.lastFoodLabel],
    ['lastClearLiquids', words.lastLiquidsLabel],
    ['arrival', words.arriveLabel],
  ];
  return (
    <section data-linked-times="" aria-labelledby="your-times" className="relative mb-8 max-w-reading border-l-4 border-brand py-2 pl-4">
      <h2 id="your-times" className="text-xl font-bold">
        {words.timesFirstHeading}
      </h2>
      {/* Invisible until the planner has filled every time (data-filled), so no half-filled list shows. */}
      <dl className="mt-2 space-y-2 text-base">
        {rows.map(([slot, label]) => (
          <div key={slot} className="sm:flex sm:gap-2">
            <dt className="font-semibold">{label}</dt>
            {/* One line kept for each time from the first frame, so filling it moves nothing. */}
            <dd data-fill={slot} className="min-h-[1lh]" />
          </div>
        ))}
        <div className="sm:flex sm:gap-2">
          <dt className="font-semibold">{words.driverLabel}</dt>
          <dd>{clinicalWordsFor(lang).planner.driverShort}</dd>
        </div>
      </dl>
      {/* A well-formed link the planner still cannot use (a time just passed, or skipped by a clock change):
          its message, over the list's kept space. */}
      <p data-fill="problem" className="absolute top-12 right-0 left-4" />
      <p className="mt-3 text-base">
        <a href={PLANNER_SECTION} className="font-semibold">
          {words.timesFirstMore}
        </a>
      </p>
    </section>
  );
}
