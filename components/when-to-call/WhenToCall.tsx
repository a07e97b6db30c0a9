/**
 * When to call the clinic and when to call the emergency number, with the
 * numbers from the clinic config. The signs come from the source material
 * (infection signs and the fever rule) and from the port's known risks
 * (chest pain and breathing trouble after a lung puncture; swelling from a clot).
 */
import { Callout } from '@/components/callout';
import { clinic as configuredClinic, telHref, type ClinicConfig } from '@/lib/clinic/config';

export const infectionSigns = [
  'redness around the port or the cut',
  'pain or tenderness that is getting worse',
  'pus or fluid leaking from the cut',
  'skin that feels very warm around the port',
  'bleeding that does not stop, or swelling',
];

/** The fever rule from the source material, in both units. */
export const feverRule = 'a temperature of 101 °F (38.3 °C) or higher in two readings taken four hours apart';

export const emergencySigns = ['chest pain', 'trouble breathing or feeling short of breath', 'swelling of your face, neck or arm'];

type Clinic = Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'emergencyNumber'>;

export function WhenToCall({ clinic = configuredClinic }: { clinic?: Clinic }) {
  return (
    <div data-when-to-call="">
      <Callout level="urgent" title="Call us if you notice signs of infection">
        <ul>
          {infectionSigns.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
          <li>
            <strong>fever:</strong> {feverRule}
          </li>
        </ul>
        <p>
          Call us at <a href={telHref(clinic.phone)}>{clinic.phone}</a>.
          {clinic.afterHoursPhone ? (
            <>
              {' '}
              When we are closed, call <a href={telHref(clinic.afterHoursPhone)}>{clinic.afterHoursPhone}</a>.
            </>
          ) : (
            ' If we are closed and you feel unwell, go to your nearest emergency department.'
          )}
        </p>
      </Callout>
      <Callout level="emergency" title={<>Call {clinic.emergencyNumber} now if you have</>}>
        <ul>
          {emergencySigns.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <p>
          Do not wait and do not drive yourself. Call <a href={`tel:${clinic.emergencyNumber}`}>{clinic.emergencyNumber}</a>.
        </p>
      </Callout>
    </div>
  );
}
