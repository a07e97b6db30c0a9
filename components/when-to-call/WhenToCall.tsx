/**
 * When to call the clinic and when to call the emergency number: the two
 * lists of signs, each written once in lib/content/warning-signs.ts.
 */
import { EmergencySigns } from '@/components/emergency-signs';
import { InfectionSigns } from '@/components/infection-signs';
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';

type Clinic = Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'emergencyNumber' | 'aftercare'>;

export function WhenToCall({ clinic = configuredClinic }: { clinic?: Clinic }) {
  return (
    <div data-when-to-call="">
      <InfectionSigns clinic={clinic} />
      <EmergencySigns clinic={clinic} />
    </div>
  );
}
