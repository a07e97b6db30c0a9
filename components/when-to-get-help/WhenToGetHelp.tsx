/**
 * The three levels of /when-to-get-help, most urgent first, each a labelled
 * card with its own heading, icon and words (as NHS condition pages do), then
 * free interpreters. Every list is the one list in lib/content/warning-signs.ts.
 * The headings' ids are addresses staff can link to.
 */
import { Callout } from '@/components/callout';
import { EmergencySigns } from '@/components/emergency-signs';
import { InfectionSigns } from '@/components/infection-signs';
import { LanguageHelp } from '@/components/language-help';
import { PhoneLink } from '@/components/clinic-contact';
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import { routineReasons } from '@/lib/content/warning-signs';
import type { LanguageCode } from '@/lib/i18n';
import { fillNodes } from '@/lib/i18n/fill-nodes';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

type Props = { lang: LanguageCode; clinic?: ClinicConfig };

export function WhenToGetHelp({ lang, clinic = configuredClinic }: Props) {
  const { signs } = clinicalWordsFor(lang);
  return (
    <div data-when-to-get-help="">
      <EmergencySigns clinic={clinic} lang={lang} heading={{ id: 'call-emergency-number' }} />
      <InfectionSigns clinic={clinic} lang={lang} heading={{ id: 'call-right-away' }} />
      <Callout level="routine" title={signs.routineLead} lang={lang} heading={{ id: 'call-when-open' }}>
        <ul data-warning-signs="routine">
          {routineReasons(lang).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p>{fillNodes(signs.callUs, { phone: <PhoneLink phone={clinic.phone} country={clinic.address.country} /> })}</p>
      </Callout>
      <LanguageHelp clinic={clinic} lang={lang} />
    </div>
  );
}
