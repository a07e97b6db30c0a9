/**
 * "Most people go home the same day.", in the page's language: one sentence
 * for the insertion, removal and what-is-a-port pages and the procedure
 * summaries in the structured data (content/clinical-wording/), so a
 * translation cannot word it three ways.
 */
import type { LanguageCode } from '@/lib/i18n';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

export function HomeSameDay({ lang }: { lang: LanguageCode }) {
  return <>{clinicalWordsFor(lang).procedures.homeSameDay}</>;
}
