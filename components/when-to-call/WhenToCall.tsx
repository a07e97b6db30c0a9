/**
 * When to call the clinic and when to call the emergency number: the two
 * lists of signs, each written once in lib/content/warning-signs.ts.
 */
import { EmergencySigns } from '@/components/emergency-signs';
import { InfectionSigns } from '@/components/infection-signs';
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import type { LanguageCode } from '@/lib/i18n';

type Clinic = Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'emergencyNumber' | 'aftercare'>;

export function WhenToCall({ clinic = configuredClinic, lang = 'en' }: { clinic?: Clinic; lang?: LanguageCode }) {
  return (
    <div data-when-to-call="">
      <InfectionSigns clinic={clinic} lang={lang} />
      <EmergencySigns clinic={clinic} lang={lang} />
    </div>
  );
}
