/**
 * The one list of emergency signs (lib/content/warning-signs.ts) with the
 * clinic's emergency number. In page text it is an emergency callout; in the
 * footer, which has its own heading, it is the same words without the box.
 * The signs of sepsis are part of the list: they need the emergency number too.
 * The list is marked data-warning-signs="emergency" so the browser tests can
 * check that every page shows this list and no other.
 */
import { Callout } from '@/components/callout';
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import type { LanguageCode } from '@/lib/i18n';
import { fillNodes } from '@/lib/i18n/fill-nodes';
import { emergencyAdvice, emergencySigns, emergencySignsLead } from '@/lib/content/warning-signs';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

type Props = { clinic?: Pick<ClinicConfig, 'emergencyNumber'>; framed?: boolean; lang: LanguageCode; heading?: { id: string } };

export function EmergencySigns({ clinic = configuredClinic, framed = true, lang, heading }: Props) {
  const number = clinic.emergencyNumber;
  const list = (
    <ul data-warning-signs="emergency" className={framed ? undefined : 'mt-2 list-disc pl-6'}>
      {emergencySigns(lang).map((sign) => (
        <li key={sign}>{sign}</li>
      ))}
    </ul>
  );
  const advice = (
    <>
      {emergencyAdvice(lang)} {fillNodes(clinicalWordsFor(lang).signs.callNumber, { number: <a href={`tel:${number}`}>{number}</a> })}
    </>
  );
  if (!framed) {
    return (
      <>
        <p className="mt-2">{emergencySignsLead(number, lang)}</p>
        {list}
        <p className="mt-2 font-semibold">{advice}</p>
      </>
    );
  }
  return (
    <Callout level="emergency" title={emergencySignsLead(number, lang)} lang={lang} heading={heading}>
      {list}
      <p>{advice}</p>
    </Callout>
  );
}
