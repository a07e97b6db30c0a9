/**
 * The "call right away, day or night" level: the one list of infection signs
 * (lib/content/warning-signs.ts) with the clinic's fever line, the port
 * problems that need a call just as fast and what to do first, then who to
 * call: the cancer team's 24-hour number first, the emergency department if no
 * one answers, then the clinic's own numbers. Lists are marked
 * data-warning-signs for the browser tests.
 *
 * `brief` keeps only the infection signs, the fever advice and who to call,
 * for a page that is about something else (the glossary's "Infection" entry,
 * the care of the cut after removal); `portRemoved` words the signs for the
 * cut alone, once the port is out.
 */
import { BleedingAdvice } from '@/components/bleeding-advice';
import { Callout } from '@/components/callout';
import { LeakFirstSteps } from '@/components/leak-first-steps';
import { PhoneLink } from '@/components/clinic-contact';
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import type { LanguageCode } from '@/lib/i18n';
import { fillNodes } from '@/lib/i18n/fill-nodes';
import { cancerTeamAdvice, feverAdvice, infectionSigns, infectionSignsLead, portProblemSigns } from '@/lib/content/warning-signs';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

type Props = {
  lang: LanguageCode;
  clinic?: Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'aftercare' | 'emergencyNumber' | 'address' | 'locale'>;
  heading?: { id: string };
  brief?: boolean;
  portRemoved?: boolean;
};

export function InfectionSigns({ clinic = configuredClinic, lang, heading, brief = false, portRemoved = false }: Props) {
  const { signs } = clinicalWordsFor(lang);
  const phoneLink = (phone: string) => <PhoneLink phone={phone} country={clinic.address.country} />;
  const WhoToCall = brief ? 'p' : 'h3';
  return (
    <Callout level="urgent" title={infectionSignsLead(lang)} lang={lang} heading={heading}>
      <ul data-warning-signs="infection">
        {infectionSigns(clinic, lang, { portRemoved }).map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p>{feverAdvice(lang).join(' ')}</p>
      {brief ? null : <PortProblems lang={lang} clinic={clinic} />}
      <WhoToCall className="text-lg font-bold">{signs.whoToCallLead}</WhoToCall>
      <p data-cancer-team="">{cancerTeamAdvice(lang).join(' ')}</p>
      <p>
        {fillNodes(signs.callUs, { phone: phoneLink(clinic.phone) })}{' '}
        {clinic.afterHoursPhone ? fillNodes(signs.whenClosed, { phone: phoneLink(clinic.afterHoursPhone) }) : signs.ifClosed}
      </p>
    </Callout>
  );
}

/** The port problems that need a call as fast, what to do first if a needle comes out, and bleeding. */
function PortProblems({ lang, clinic }: { lang: LanguageCode; clinic: Pick<ClinicConfig, 'emergencyNumber'> }) {
  const { signs } = clinicalWordsFor(lang);
  return (
    <>
      <p className="font-semibold">{signs.portProblemLead}</p>
      <ul data-warning-signs="port-problem">
        {portProblemSigns(lang).map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <LeakFirstSteps lang={lang} />
      <p className="font-semibold">{signs.bleedingLead}</p>
      <BleedingAdvice lang={lang} clinic={clinic} />
    </>
  );
}
