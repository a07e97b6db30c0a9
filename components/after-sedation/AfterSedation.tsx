/**
 * The rule for the day of sedation, in the page's language: 24 hours with no
 * driving, alcohol, sleeping pills or big choices, and an adult to take you
 * home. Inline text, so a page can put it inside its own paragraph or callout;
 * the timeline, planner, letter and calendar file say the same rule from the
 * same dictionary words.
 */
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

export function AfterSedation({ lang }: { lang: LanguageCode }) {
  const { sedation } = dictionaryFor(lang);
  return (
    <>
      {sedation.rule} {sedation.ride}
    </>
  );
}
