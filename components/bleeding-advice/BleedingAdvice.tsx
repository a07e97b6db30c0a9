/**
 * What to do if the cut bleeds, from the one list (lib/content/warning-signs.ts):
 * press first; a spot on the dressing is normal; call at once if blood soaks
 * the dressing; the emergency number if it does not stop after 10 minutes of
 * firm pressure. Kept apart from the infection signs, which it used to hide in.
 */
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import { bleedingAdvice } from '@/lib/content/warning-signs';
import type { LanguageCode } from '@/lib/i18n';

type Props = { lang: LanguageCode; clinic?: Pick<ClinicConfig, 'emergencyNumber'> };

export function BleedingAdvice({ lang, clinic = configuredClinic }: Props) {
  const [normal, press, soaks, emergency] = bleedingAdvice(clinic.emergencyNumber, lang);
  return (
    <p data-bleeding-advice="">
      {normal} {press} {soaks}{' '}
      <a href={`tel:${clinic.emergencyNumber}`} className="font-semibold">
        {emergency}
      </a>
    </p>
  );
}
