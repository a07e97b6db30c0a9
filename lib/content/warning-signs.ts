/**
 * When to get help, written once, at three levels (as NHS care cards are):
 * - call the emergency number now: the emergency signs, sepsis among them;
 * - call right away, day or night: the infection signs with the clinic's fever
 *   line, and the port problems (a needle out or a leak on a pump, pain during
 *   a drip), sent first to the cancer team's 24-hour number;
 * - call us when we are open: the non-urgent reasons.
 * Every page shows these lists through components (emergency-signs,
 * infection-signs, when-to-get-help, when-to-call, the footer); the FAQ's
 * structured data uses the card's plain-text form below, which says the same words.
 * The words are in each language's clinical wording
 * (content/clinical-wording/<lang>.ts, "signs" and "callNow"); the card's link
 * is the dictionary's (lib/i18n/<lang>.ts, "callNow").
 *
 * Sources: infection signs from shared/seeds 001 and 002; the emergency signs
 * are the port's known serious risks (seed 004: collapsed lung, bleeding, clots
 * and blocked veins) as cancer centres word them, and the signs of sepsis as
 * cancer centres list them. The fever line is the clinic's
 * (clinic.aftercare.feverCelsius); the rule to call at once, day or night,
 * replaces seed 001's "two readings four hours apart", which could delay care
 * for someone having chemotherapy. Fever during cancer treatment goes first to
 * the cancer team's 24-hour line, then the emergency department (CDC, ASCO/IDSA,
 * NICE CG151: antibiotics within the hour), not only to the clinic that placed
 * the port. Chills soon after a flush are the classic sign of a line infection.
 */
import type { ClinicConfig } from '@/lib/clinic/config';
import { feverTemperatureText } from '@/lib/clinic/aftercare';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';

type Clinic = Pick<ClinicConfig, 'emergencyNumber' | 'aftercare' | 'address' | 'locale'>;
type Fever = Pick<ClinicConfig, 'aftercare' | 'address' | 'locale'>;

export function emergencySigns(lang: LanguageCode): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [
    signs.emergency1,
    signs.emergency2,
    signs.emergency3,
    signs.emergency4,
    signs.emergency5,
    signs.emergency6,
    signs.emergency7,
    signs.emergency8,
    signs.emergency9,
  ];
}

export const emergencySignsLead = (emergencyNumber: string, lang: LanguageCode) =>
  fill(clinicalWordsFor(lang).signs.emergencyLead, { number: emergencyNumber });

export const emergencyAdvice = (lang: LanguageCode) => clinicalWordsFor(lang).signs.emergencyAdvice;

/**
 * The infection signs, fever first: it is the one most often waited on.
 * Bleeding is not among them: it has its own advice (bleedingAdvice) and, when
 * it will not stop, the emergency list. After the port is out (portRemoved),
 * the same signs are worded for the cut alone.
 */
export function infectionSigns(clinic: Fever, lang: LanguageCode, { portRemoved = false } = {}): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [
    fill(signs.infectionFever, { temperature: feverTemperatureText(clinic, lang) }),
    portRemoved ? signs.infection2Removed : signs.infection2,
    portRemoved ? signs.infection3Removed : signs.infection3,
    signs.infection4,
    signs.infection5,
    portRemoved ? signs.infection6Removed : signs.infection6,
    portRemoved ? signs.infection7Removed : signs.infection7,
  ];
}

/**
 * What to do if the cut bleeds (Glos; Sedation): press first, a spot on the
 * dressing is normal, call at once if it soaks the dressing, and the emergency
 * number if it does not stop after 10 minutes of firm pressure (as the
 * emergency list says).
 */
export function bleedingAdvice(emergencyNumber: string, lang: LanguageCode): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [signs.bleeding1, signs.bleeding2, signs.bleeding3, fill(signs.bleeding4, { number: emergencyNumber })];
}

export const infectionSignsLead = (lang: LanguageCode) => clinicalWordsFor(lang).signs.infectionLead;

export function feverAdvice(lang: LanguageCode): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [signs.feverAdvice1, signs.feverAdvice2];
}

/** Problems with a port in use that need a call at once, as the infection signs do. */
export function portProblemSigns(lang: LanguageCode): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [signs.portProblem1, signs.portProblem2];
}

/**
 * What to do before calling when a needle comes out or medicine leaks: MSK's
 * "4 Cs" (clamp, contain, clean, call) in plain words and stated
 * conservatively: gloves, the clamp and the pump only as the patient was shown,
 * the spill kit if they have one, then call.
 */
export function leakFirstSteps(lang: LanguageCode): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [signs.firstStep1, signs.firstStep2, signs.firstStep3, signs.firstStep4, signs.firstStep5];
}

/** Who answers a fever or a port problem: the cancer team first, then the emergency department. */
export function cancerTeamAdvice(lang: LanguageCode): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [signs.cancerTeamFirst, signs.cannotReach, signs.tellThem];
}

/** Reasons to call in working hours: nothing here needs a call at night. */
export function routineReasons(lang: LanguageCode): string[] {
  const { signs } = clinicalWordsFor(lang);
  return [signs.routine1, signs.routine2, signs.routine3, signs.routine4];
}

/** The "Call now if…" card's two lines: fever first, then the most urgent emergency signs. */
export function callNowLines(clinic: Clinic, lang: LanguageCode) {
  const { callNow } = clinicalWordsFor(lang);
  return {
    fever: fill(callNow.fever, { temperature: feverTemperatureText(clinic, lang) }),
    feverAction: callNow.feverAction,
    emergency: callNow.emergency,
    emergencyAction: fill(callNow.emergencyAction, { number: clinic.emergencyNumber }),
  };
}

/** What <WhenToCall /> shows, as plain text for structured data (its hidden urgency prefix aside). */
export function callNowPlainText(clinic: Clinic, lang: LanguageCode): string {
  const { callNow } = dictionaryFor(lang);
  const lines = callNowLines(clinic, lang);
  return `${clinicalWordsFor(lang).callNow.title} ${lines.fever}. ${lines.feverAction} ${lines.emergency}. ${lines.emergencyAction} ${callNow.link}${callNow.linkAfter}.`;
}
