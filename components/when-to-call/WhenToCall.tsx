/**
 * The short "Call now if you have:" card: the clinic's fever line first, then
 * the most urgent emergency signs, each with what to do, and the link to
 * /when-to-get-help for every sign and who to call. It opens the home page and
 * /aftercare, and ends each topic page's "When to call" section, so the full
 * lists live on one page and in the footer. A calm card: urgency is in its
 * words and icon, not a wall of red.
 */
import Link from 'next/link';
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import { callNowLines } from '@/lib/content/warning-signs';
import { dictionaryFor, localePath, type LanguageCode } from '@/lib/i18n';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

type Props = {
  lang: LanguageCode;
  clinic?: Pick<ClinicConfig, 'emergencyNumber' | 'aftercare' | 'address' | 'locale'>;
  /** Makes the title a section heading with this id (where no MDX heading comes before the card). */
  heading?: { id: string };
};

export function WhenToCall({ lang, clinic = configuredClinic, heading }: Props) {
  const words = dictionaryFor(lang).callNow;
  const lines = callNowLines(clinic, lang);
  const Title = heading ? 'h2' : 'p';
  return (
    <div data-when-to-call="" className="not-prose my-6 max-w-reading rounded-md border-2 border-ink bg-white p-5">
      <Title id={heading?.id} className="flex scroll-mt-4 items-center gap-3 text-xl font-bold">
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          className="h-7 w-7 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />
        </svg>
        {clinicalWordsFor(lang).callNow.title}
      </Title>
      <ul data-warning-signs="call-now" className="mt-3 list-disc space-y-2 pl-6">
        <li>
          <strong>{lines.fever}.</strong> {lines.feverAction}
        </li>
        <li>
          <strong>{lines.emergency}.</strong>{' '}
          <a href={`tel:${clinic.emergencyNumber}`} className="font-semibold">
            {lines.emergencyAction}
          </a>
        </li>
      </ul>
      <p className="mt-3">
        <Link href={localePath(lang, '/when-to-get-help')} className="font-semibold">
          {words.link}
        </Link>
        {words.linkAfter}
      </p>
    </div>
  );
}
