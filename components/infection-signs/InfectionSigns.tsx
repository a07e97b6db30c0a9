/**
 * The one list of infection signs (lib/content/warning-signs.ts), with the
 * clinic's fever line from its config, the rule to call at once, and the
 * clinic's phone numbers. Marked data-warning-signs="infection" for the
 * browser tests.
 */
import { Callout } from '@/components/callout';
import { clinic as configuredClinic, telHref, type ClinicConfig } from '@/lib/clinic/config';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { fillNodes } from '@/lib/i18n/fill-nodes';
import { feverAdvice, infectionSigns, infectionSignsLead } from '@/lib/content/warning-signs';

type Props = { clinic?: Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'aftercare'>; lang?: LanguageCode };

export function InfectionSigns({ clinic = configuredClinic, lang = 'en' }: Props) {
  const { signs } = dictionaryFor(lang);
  const phoneLink = (phone: string) => <a href={telHref(phone)}>{phone}</a>;
  return (
    <Callout level="urgent" title={infectionSignsLead(lang)} lang={lang}>
      <ul data-warning-signs="infection">
        {infectionSigns(clinic.aftercare, lang).map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p>{feverAdvice(lang).join(' ')}</p>
      <p>
        {fillNodes(signs.callUs, { phone: phoneLink(clinic.phone) })}{' '}
        {clinic.afterHoursPhone ? fillNodes(signs.whenClosed, { phone: phoneLink(clinic.afterHoursPhone) }) : signs.ifClosed}
      </p>
    </Callout>
  );
}
