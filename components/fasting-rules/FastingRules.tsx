/** The clinic's eating and drinking rules before the procedure, in words. */
import { clinic } from '@/lib/clinic/config';
import { CLEAR_LIQUID_MEANING, DRINK_NOTHING_AFTER } from '@/lib/content/fasting-words';

export function hoursText(hours: number): string {
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

export function FastingRules() {
  const { solidFoodHoursBefore, clearLiquidsHoursBefore } = clinic.fasting;
  return (
    <ul>
      <li>
        <strong>Food:</strong> do not eat anything for {hoursText(solidFoodHoursBefore)} before your procedure.
      </li>
      <li>
        <strong>Clear liquids:</strong> you may drink clear liquids until {hoursText(clearLiquidsHoursBefore)} before
        your procedure. {CLEAR_LIQUID_MEANING} After that, {DRINK_NOTHING_AFTER}.
      </li>
      <li>
        <strong>Arrive:</strong> come {clinic.arrivalMinutesBefore} minutes before your appointment time.
      </li>
    </ul>
  );
}
