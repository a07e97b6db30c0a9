/**
 * The patient's preparation times as the planner shows them and the staff
 * page's letter prints them: the appointment, then last food, last clear
 * liquids, arrival and the driver. Static markup with empty `data-fill` slots
 * that the browser scripts fill (fill-times.ts), in the words of `lang`, so
 * the planner, its printed sheet and the letter say the times the same way.
 */
import { clinic } from '@/lib/clinic/config';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';
import { hasFattyFoodRule } from '@/lib/planner/appointment-times';

export function PreparationTimes({ lang }: { lang: LanguageCode }) {
  const dictionary = dictionaryFor(lang);
  const words = dictionary.planner;
  const clinical = clinicalWordsFor(lang).planner;
  return (
    <>
      <p className="font-bold">
        {words.appointment} <span data-fill="appointment" />
      </p>
      <ul className="mt-3 space-y-3 print:space-y-1.5">
        {hasFattyFoodRule(clinic.fasting) ? (
          <li>
            <strong>{words.lastFattyFoodLabel}</strong> <span data-fill="lastFattyFood" />
            {clinical.lastFattyFoodAfter}
          </li>
        ) : null}
        <li>
          <strong>{words.lastFoodLabel}</strong> <span data-fill="lastSolidFood" />
          {clinical.lastFoodAfter}
        </li>
        <li>
          <strong>{words.lastLiquidsLabel}</strong> <span data-fill="lastClearLiquids" />
          {fill(clinical.lastLiquidsAfter, { drinkNothing: clinicalWordsFor(lang).fasting.drinkNothingAfter })}
        </li>
        <li>
          <strong>{words.arriveLabel}</strong> <span data-fill="arrival" />.
        </li>
        <li>
          <strong>{words.driverLabel}</strong> {clinical.driver}
        </li>
      </ul>
    </>
  );
}

/**
 * "Scan this code… or type this address": a slot for the QR code of the
 * patient's own link and the link itself, as paper shows it (fill-times.ts).
 */
export function ScanToOpen({ lang, className = '' }: { lang: LanguageCode; className?: string }) {
  return (
    <div className={`flex items-center gap-4 ${className}`}>
      <div data-fill="qr" className="w-32 shrink-0 print:w-28" />
      <p>
        {dictionaryFor(lang).patientLetter.scan} <span data-fill="shortLink" className="font-semibold break-all" />
      </p>
    </div>
  );
}
