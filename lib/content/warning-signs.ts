/**
 * The two lists of warning signs, written once: the emergency signs (call the
 * emergency number now) and the signs of infection (call the clinic right
 * away). Every page that shows a list of signs renders these, through
 * components/emergency-signs and components/infection-signs; the FAQ's
 * structured data uses the plain-text forms below, which say the same words.
 * The words are in each language's dictionary (lib/i18n/<lang>.ts, "signs").
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
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';

type Clinic = Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'emergencyNumber' | 'aftercare'>;

export function emergencySigns(lang: LanguageCode = 'en'): string[] {
  const { signs } = dictionaryFor(lang);
  return [signs.emergency1, signs.emergency2, signs.emergency3, signs.emergency4, signs.emergency5];
}

export const emergencySignsLead = (emergencyNumber: string, lang: LanguageCode = 'en') =>
  fill(dictionaryFor(lang).signs.emergencyLead, { number: emergencyNumber });

export const emergencyAdvice = (lang: LanguageCode = 'en') => dictionaryFor(lang).signs.emergencyAdvice;

/** The infection signs, fever first: it is the one most often waited on. */
export function infectionSigns(aftercare: Pick<ClinicConfig['aftercare'], 'feverCelsius'>, lang: LanguageCode = 'en'): string[] {
  const { signs } = dictionaryFor(lang);
  return [
    fill(signs.infectionFever, { temperature: feverTemperatureText(aftercare) }),
    signs.infection2,
    signs.infection3,
    signs.infection4,
    signs.infection5,
    signs.infection6,
    signs.infection7,
  ];
}

export const infectionSignsLead = (lang: LanguageCode = 'en') => dictionaryFor(lang).signs.infectionLead;

export function feverAdvice(lang: LanguageCode = 'en'): string[] {
  const { signs } = dictionaryFor(lang);
  return [signs.feverAdvice1, signs.feverAdvice2];
}

/** Who to call when the clinic is closed, as plain text. */
export function whenClosedText(clinic: Pick<Clinic, 'afterHoursPhone'>, lang: LanguageCode = 'en'): string {
  const { signs } = dictionaryFor(lang);
  return clinic.afterHoursPhone ? fill(signs.whenClosed, { phone: clinic.afterHoursPhone }) : signs.ifClosed;
}

/** What <EmergencySigns /> shows, as plain text for structured data (its hidden urgency prefix aside). */
export function emergencySignsPlainText(clinic: Pick<Clinic, 'emergencyNumber'>, lang: LanguageCode = 'en'): string {
  const { signs } = dictionaryFor(lang);
  return `${emergencySignsLead(clinic.emergencyNumber, lang)} ${emergencySigns(lang).join('; ')}. ${signs.emergencyAdvice} ${fill(signs.callNumber, { number: clinic.emergencyNumber })}`;
}

/** What <InfectionSigns /> shows, as plain text for structured data (its hidden urgency prefix aside). */
export function infectionSignsPlainText(clinic: Clinic, lang: LanguageCode = 'en'): string {
  return [
    `${infectionSignsLead(lang)} ${infectionSigns(clinic.aftercare, lang).join('; ')}.`,
    ...feverAdvice(lang),
    fill(dictionaryFor(lang).signs.callUs, { phone: clinic.phone }),
    whenClosedText(clinic, lang),
  ].join(' ');
}
