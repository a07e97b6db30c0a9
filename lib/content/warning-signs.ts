/**
 * The two lists of warning signs, written once: the emergency signs (call the
 * emergency number now) and the signs of infection (call the clinic right
 * away). Every page that shows a list of signs renders these, through
 * components/emergency-signs and components/infection-signs; the FAQ's
 * structured data uses the plain-text forms below, which say the same words.
 *
 * Sources: infection signs and "call us" from shared/seeds 001 and 002; the
 * emergency signs are the port's known serious risks (seed 004: collapsed lung,
 * bleeding, clots and blocked veins) as cancer centres word them. The fever line
 * is the clinic's (clinic.aftercare.feverCelsius); the rule to call at once, day
 * or night, replaces seed 001's "two readings four hours apart", which could
 * delay care for someone having chemotherapy.
 */
import type { ClinicConfig } from '@/lib/clinic/config';
import { feverTemperatureText } from '@/lib/clinic/aftercare';

type Clinic = Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'emergencyNumber' | 'aftercare'>;

export const emergencySigns: readonly string[] = [
  'chest pain',
  'trouble breathing, or feeling short of breath',
  'swelling of your face, neck or arm on the side of your port',
  'a racing or fluttering heartbeat',
  'bleeding that does not stop after 10 minutes of firm pressure',
];

export const emergencySignsLead = (emergencyNumber: string) => `Call ${emergencyNumber} now if you have any of these:`;
export const EMERGENCY_ADVICE = 'Do not wait, and do not drive yourself.';

/** The infection signs, fever first: it is the one most often waited on. */
export function infectionSigns(aftercare: Pick<ClinicConfig['aftercare'], 'feverCelsius'>): string[] {
  return [
    `a temperature of ${feverTemperatureText(aftercare)} or higher`,
    'shivering or chills',
    'redness around the port or the cut',
    'pain or tenderness that is getting worse',
    'pus or fluid leaking from the cut',
    'skin that feels very warm around the port',
    'new swelling around the port, or bleeding from the cut',
  ];
}

export const INFECTION_SIGNS_LEAD = 'Call us right away, day or night, if you have any of these:';
export const FEVER_ADVICE = [
  'Do not wait to see if a fever goes away, and do not wait to check it again.',
  'During cancer treatment, a fever can be an emergency.',
];

/** Who to call when the clinic is closed, as plain text. */
export function whenClosedText(clinic: Pick<Clinic, 'afterHoursPhone'>): string {
  return clinic.afterHoursPhone
    ? `When we are closed, call ${clinic.afterHoursPhone}.`
    : 'If we are closed, go to your nearest emergency department.';
}

/** What <EmergencySigns /> shows, as plain text for structured data (its hidden urgency prefix aside). */
export function emergencySignsPlainText(clinic: Pick<Clinic, 'emergencyNumber'>): string {
  return `${emergencySignsLead(clinic.emergencyNumber)} ${emergencySigns.join('; ')}. ${EMERGENCY_ADVICE} Call ${clinic.emergencyNumber}.`;
}

/** What <InfectionSigns /> shows, as plain text for structured data (its hidden urgency prefix aside). */
export function infectionSignsPlainText(clinic: Clinic): string {
  return [
    `${INFECTION_SIGNS_LEAD} ${infectionSigns(clinic.aftercare).join('; ')}.`,
    ...FEVER_ADVICE,
    `Call us at ${clinic.phone}.`,
    whenClosedText(clinic),
  ].join(' ');
}
