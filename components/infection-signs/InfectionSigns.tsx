/**
 * The "call right away, day or night" level: the one list of infection signs
 * (lib/content/warning-signs.ts) with the clinic's fever line, the port
 * problems that need a call just as fast and what to do first, then who to
 * call: the cancer team's 24-hour number first, the emergency department if no
 * one answers, then the clinic's own numbers. Lists are marked
 * data-warning-signs for the browser tests.
 */
import { Callout } from '@/components/callout';
import { clinic as configuredClinic, telHref, type ClinicConfig } from '@/lib/clinic/config';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { fillNodes } from '@/lib/i18n/fill-nodes';
import { cancerTeamAdvice, feverAdvice, infectionSigns, infectionSignsLead, leakFirstSteps, portProblemSigns } from '@/lib/content/warning-signs';

type Props = {
  lang: LanguageCode;
  clinic?: Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'aftercare'>;
  heading?: { id: string };
};

export function InfectionSigns({ clinic = configuredClinic, lang, heading }: Props) {
  const { signs } = dictionaryFor(lang);
  const phoneLink = (phone: string) => <a href={telHref(phone)}>{phone}</a>;
  return (
    <Callout level="urgent" title={infectionSignsLead(lang)} lang={lang} heading={heading}>
      <ul data-warning-signs="infection">
        {infectionSigns(clinic.aftercare, lang).map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p>{feverAdvice(lang).join(' ')}</p>
      <p className="font-semibold">{signs.portProblemLead}</p>
      <ul data-warning-signs="port-problem">
        {portProblemSigns(lang).map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p className="font-semibold">{signs.firstStepsLead}</p>
      <ol data-first-steps="" className="list-decimal pl-6">
        {leakFirstSteps(lang).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h3 className="text-lg font-bold">{signs.whoToCallLead}</h3>
      <p data-cancer-team="">{cancerTeamAdvice(lang).join(' ')}</p>
      <p>
        {fillNodes(signs.callUs, { phone: phoneLink(clinic.phone) })}{' '}
        {clinic.afterHoursPhone ? fillNodes(signs.whenClosed, { phone: phoneLink(clinic.afterHoursPhone) }) : signs.ifClosed}
      </p>
    </Callout>
  );
}
