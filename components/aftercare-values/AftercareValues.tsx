/**
 * The clinic's aftercare values (clinic.aftercare in the config) for MDX, as
 * plain words: "3 days", "7 to 10 days", "100.4 °F (38.0 °C)" ("3 días" on a
 * Spanish page). Content never types these numbers itself
 * (tests/support/clinic-values-in-text.ts checks).
 */
import { clinic } from '@/lib/clinic/config';
import { dayRangeText, daysText, feverTemperatureText, flushIntervalText } from '@/lib/clinic/aftercare';
import type { LanguageCode } from '@/lib/i18n';

type Props = { lang: LanguageCode };

/** How long to keep the first dressing on: "3 days". */
export function DressingDays({ lang }: Props) {
  return <>{daysText(clinic.aftercare.dressingDays, lang)}</>;
}

/** When the cut is checked, counted from the day the port goes in: "7 to 10 days". */
export function CheckUpDays({ lang }: Props) {
  return <>{dayRangeText(clinic.aftercare.checkUpDaysAfter, lang)}</>;
}

/** The temperature that means "call us now": "100.4 °F (38.0 °C)" in the US, "38.0 °C (100.4 °F)" elsewhere. */
export function FeverTemperature({ lang }: Props) {
  return <>{feverTemperatureText(clinic, lang)}</>;
}

/** How often a port that is not in use is flushed: "every 4 weeks". */
export function FlushInterval({ lang }: Props) {
  return <>{flushIntervalText(clinic.aftercare, lang)}</>;
}

/** How long to avoid heavy lifting and hard arm exercise on the port side: "7 days". */
export function HeavyLiftingDays({ lang }: Props) {
  return <>{daysText(clinic.aftercare.avoidHeavyLiftingDays, lang)}</>;
}
