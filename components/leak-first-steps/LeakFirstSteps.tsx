/**
 * What to do first if the needle comes out or medicine leaks at home (MSK's
 * "4 Cs", lib/content/warning-signs.ts), with its lead line. The same steps
 * are in the "call right away" card on /when-to-get-help.
 */
import { leakFirstSteps } from '@/lib/content/warning-signs';
import type { LanguageCode } from '@/lib/i18n';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

export function LeakFirstSteps({ lang }: { lang: LanguageCode }) {
  return (
    <>
      <p className="font-semibold">{clinicalWordsFor(lang).signs.firstStepsLead}</p>
      <ol data-first-steps="" className="list-decimal pl-6">
        {leakFirstSteps(lang).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}
