/**
 * The patient's journey as a timeline. It is an ordered list of words, drawn
 * as a timeline with CSS and small decorative icons, so the text itself is the
 * whole alternative: nothing is only in the picture. Stacks vertically on
 * phones; on wider screens the "when" moves into its own column.
 */
import type { ReactNode } from 'react';
import { clinic, type ClinicConfig } from '@/lib/clinic/config';
import { dayOnTimelineText, daysText, flushIntervalText } from '@/lib/clinic/aftercare';
import { fill, type LanguageCode } from '@/lib/i18n';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

const iconPaths: Record<string, ReactNode> = {
  calendar: <path d="M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5" />,
  sunrise: (
    <>
      <path d="M7 18a5 5 0 0 1 10 0 M3 18h18 M12 5v3 M4.5 11l2 1.5 M19.5 11l-2 1.5" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  bed: (
    <>
      <path d="M3 6v13 M3 15h18v4 M11 15v-4h7a3 3 0 0 1 3 3v1" />
      <circle cx="7" cy="12" r="2" />
    </>
  ),
  home: <path d="M3 11l9-7 9 7 M5 9.5V20h14V9.5 M10 20v-6h4v6" />,
  dressing: (
    <>
      <rect x="2" y="8" width="20" height="8" rx="4" transform="rotate(-45 12 12)" />
      <path d="M10.5 12h.01 M13.5 12h.01 M12 10.5v.01 M12 13.5v.01" />
    </>
  ),
  checkup: <path d="M9 3h6v3H9z M7 4.5H5V21h14V4.5h-2 M8.5 13.5l2.5 2.5 4.5-4.5" />,
  repeat: <path d="M20 12a8 8 0 0 1-14 5.3 M4 12a8 8 0 0 1 14-5.3 M18 3v4h-4 M6 21v-4h4" />,
};

type Step = { when: string; icon: keyof typeof iconPaths; text: string };

/**
 * In the order a patient lives them. Fasting times stay out (the planner gives
 * them); the aftercare days are the clinic's own, from its config.
 */
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export const journeySteps = (aftercare: ClinicConfig['aftercare'], lang: LanguageCode): Step[] => {
  const words = clinicalWordsFor(lang).journey;
  return [
    { when: words.dayBeforeWhen, icon: 'calendar', text: words.dayBefore },
    { when: words.morningWhen, icon: 'sunrise', text: words.morning },
    { when: words.procedureWhen, icon: 'clock', text: words.procedure },
    { when: words.recoveryWhen, icon: 'bed', text: words.recovery },
    { when: words.homeWhen, icon: 'home', text: words.home },
    { when: fill(words.dressingWhen, { days: daysText(aftercare.dressingDays, lang) }), icon: 'dressing', text: words.dressing },
    { when: fill(words.checkUpWhen, { day: dayOnTimelineText(aftercare.checkUpDaysAfter, lang) }), icon: 'checkup', text: words.checkUp },
    { when: capitalized(fill(words.flushWhen, { interval: flushIntervalText(aftercare, lang) })), icon: 'repeat', text: words.flush },
  ];
};

function StepIcon({ name }: { name: keyof typeof iconPaths }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="h-7 w-7"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {iconPaths[name]}
    </svg>
  );
}

export function PatientJourney({ aftercare = clinic.aftercare, lang }: { aftercare?: ClinicConfig['aftercare']; lang: LanguageCode }) {
  const steps = journeySteps(aftercare, lang);
  return (
    <ol className="not-prose my-8 max-w-reading list-none p-0">
      {steps.map((step, index) => {
        const last = index === steps.length - 1;
        return (
          <li
            key={step.when}
            className="relative grid grid-cols-[3rem_1fr] gap-x-4 pb-8 last:pb-0 md:grid-cols-[12rem_3rem_1fr]"
          >
            <p className="col-start-2 row-start-1 pt-2.5 font-bold leading-snug md:col-start-1 md:text-right">
              {step.when}
            </p>
            <p className="col-start-2 row-start-2 mt-1 md:col-start-3 md:row-start-1 md:mt-0 md:pt-2.5">{step.text}</p>
            {/* The dot on the timeline, and the line down to the next step. */}
            <span
              aria-hidden="true"
              className={`relative col-start-1 row-span-2 row-start-1 md:col-start-2 ${
                last ? '' : 'after:absolute after:top-12 after:-bottom-8 after:left-1/2 after:-ml-0.5 after:border-l-4 after:border-brand'
              }`}
            >
              <span className="flex h-12 w-12 items-center justify-center rounded-full border-2 border-brand bg-brand-light text-brand-dark">
                <StepIcon name={step.icon} />
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
