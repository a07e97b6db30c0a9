/** The clinic's eating and drinking rules before the procedure, in words. */
import { clinic } from '@/lib/clinic/config';

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
        <strong>Clear liquids:</strong> you may drink clear liquids, such as water, clear juice or black coffee, until{' '}
        {hoursText(clearLiquidsHoursBefore)} before your procedure. After that, drink nothing.
      </li>
      <li>
        <strong>Arrive:</strong> come {clinic.arrivalMinutesBefore} minutes before your appointment time.
      </li>
    </ul>
  );
}
