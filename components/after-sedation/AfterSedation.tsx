/**
 * The rule for the day of sedation, in the page's language: 24 hours with no
 * driving, alcohol, sleeping pills or big choices, and an adult to take you
 * home. Inline text, so a page can put it inside its own paragraph or callout;
 * the timeline, planner, letter and calendar file say the same rule from the
 * same clinical wording (content/clinical-wording/).
 */
import type { LanguageCode } from '@/lib/i18n';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

export function AfterSedation({ lang }: { lang: LanguageCode }) {
  const { sedation } = clinicalWordsFor(lang);
  return (
    <>
      {sedation.rule} {sedation.ride}
    </>
  );
}
