/**
 * A boxed note that stands out from the page. Urgency is never shown by colour
 * alone: each level has its own icon, border style and visible heading word,
 * and screen readers hear a hidden prefix such as "Urgent advice:" first
 * (as nhsuk care cards do).
 */
import type { ReactNode } from 'react';
import { dictionaryFor, type Dictionary, type LanguageCode } from '@/lib/i18n';

export type CalloutLevel = 'info' | 'routine' | 'urgent' | 'emergency';

type CalloutWords = Dictionary['callout'];
type LevelStyle = { prefix: keyof CalloutWords; defaultTitle: keyof CalloutWords; box: string; title: string; icon: ReactNode };

export const calloutLevels: Record<CalloutLevel, LevelStyle> = {
  info: {
    prefix: 'infoPrefix',
    defaultTitle: 'infoTitle',
    box: 'border-l-8 border-solid border-brand bg-brand-light',
    title: 'text-brand-dark',
    // A circled "i".
    icon: (
      <>
        <circle cx="12" cy="12" r="10" />
        <path d="M12 11v6 M12 7.5v.5" />
      </>
    ),
  },
  routine: {
    prefix: 'routinePrefix',
    defaultTitle: 'routineTitle',
    box: 'border-4 border-dotted border-brand bg-white',
    title: 'text-brand-dark',
    // A clock: it can wait until the clinic is open.
    icon: (
      <>
        <circle cx="12" cy="12" r="10" />
        <path d="M12 6v6l4 2" />
      </>
    ),
  },
  urgent: {
    prefix: 'urgentPrefix',
    defaultTitle: 'urgentTitle',
    box: 'border-4 border-dashed border-caution bg-caution-light',
    title: 'text-caution',
    // A warning triangle with "!".
    icon: (
      <>
        <path d="M12 3 2 21h20z" />
        <path d="M12 10v5 M12 17.5v.5" />
      </>
    ),
  },
  emergency: {
    prefix: 'emergencyPrefix',
    defaultTitle: 'emergencyTitle',
    box: 'border-8 border-double border-urgent bg-urgent-light',
    title: 'text-urgent',
    // A phone handset.
    icon: (
      <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />
    ),
  },
};

export function Callout({
  level = 'info',
  title,
  children,
  lang,
  heading,
}: {
  level?: CalloutLevel;
  lang: LanguageCode;
  /** Makes the title a section heading (an <h2> with this id) instead of a bold line. */
  heading?: { id: string };
  /** Visible heading; each level has a default word so the heading never depends on colour. */
  title?: ReactNode;
  children: ReactNode;
}) {
  const style = calloutLevels[level];
  const words = dictionaryFor(lang).callout;
  const Title = heading ? 'h2' : 'p';
  return (
    // not-prose: the typography plugin would restyle our box; we set the spacing here.
    <div className={`not-prose my-8 rounded-md p-5 ${style.box}`} data-callout={level}>
      <Title id={heading?.id} className={`flex items-start gap-3 text-xl font-bold ${style.title}`}>
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          className="mt-0.5 h-7 w-7 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {style.icon}
        </svg>
        <span>
          <span className="visually-hidden">{words[style.prefix]}</span>{' '}
          {title ?? words[style.defaultTitle]}
        </span>
      </Title>
      <div className="callout-body mt-3 space-y-3 [&_a]:font-semibold [&_li]:mt-1 [&_ul]:list-disc [&_ul]:pl-6">{children}</div>
    </div>
  );
}
