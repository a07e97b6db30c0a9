/**
 * The one list of infection signs (lib/content/warning-signs.ts), with the
 * clinic's fever line from its config, the rule to call at once, and the
 * clinic's phone numbers. Marked data-warning-signs="infection" for the
 * browser tests.
 */
import { Callout } from '@/components/callout';
import { clinic as configuredClinic, telHref, type ClinicConfig } from '@/lib/clinic/config';
import { FEVER_ADVICE, INFECTION_SIGNS_LEAD, infectionSigns } from '@/lib/content/warning-signs';

type Props = { clinic?: Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'aftercare'> };

export function InfectionSigns({ clinic = configuredClinic }: Props) {
  return (
    <Callout level="urgent" title={INFECTION_SIGNS_LEAD}>
      <ul data-warning-signs="infection">
        {infectionSigns(clinic.aftercare).map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p>{FEVER_ADVICE.join(' ')}</p>
      <p>
        Call us at <a href={telHref(clinic.phone)}>{clinic.phone}</a>.{' '}
        {clinic.afterHoursPhone ? (
          <>
            When we are closed, call <a href={telHref(clinic.afterHoursPhone)}>{clinic.afterHoursPhone}</a>.
          </>
        ) : (
          'If we are closed, go to your nearest emergency department.'
        )}
      </p>
    </Callout>
  );
}
