/** The clinic's eating and drinking rules before the procedure, in words. */
import { clinic } from '@/lib/clinic/config';
import { dictionaryFor, fill, plural, type LanguageCode } from '@/lib/i18n';
import { hasFattyFoodRule } from '@/lib/planner/appointment-times';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

/** "6 hours", "1 hour"; in Spanish "6 horas". */
export function hoursText(hours: number, lang: LanguageCode): string {
  return plural(dictionaryFor(lang).values, 'hour', hours);
}

export function FastingRules({ lang }: { lang: LanguageCode }) {
  const { solidFoodHoursBefore, clearLiquidsHoursBefore, fattyFoodHoursBefore } = clinic.fasting;
  const { fasting } = clinicalWordsFor(lang);
  return (
    <ul>
      {hasFattyFoodRule(clinic.fasting) ? (
        <li>
          <strong>{fasting.fattyLabel}</strong> {fill(fasting.fatty, { hours: hoursText(fattyFoodHoursBefore, lang) })}
        </li>
      ) : null}
      <li>
        <strong>{fasting.foodLabel}</strong> {fill(fasting.food, { hours: hoursText(solidFoodHoursBefore, lang) })}
      </li>
      <li>
        <strong>{fasting.liquidsLabel}</strong> {fill(fasting.liquids, { hours: hoursText(clearLiquidsHoursBefore, lang) })}{' '}
        {fasting.clearLiquidMeaning} {fill(fasting.afterThat, { drinkNothing: fasting.drinkNothingAfter })}
      </li>
      <li>
        <strong>{fasting.arriveLabel}</strong> {fill(fasting.arrive, { minutes: clinic.arrivalMinutesBefore })}
      </li>
    </ul>
  );
}
