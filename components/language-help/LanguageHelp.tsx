/**
 * Free interpreters (clinic.languageHelp): that they are free, how to ask for
 * one when calling, and, when the clinic lists them, the languages each phone
 * line answers in. Says nothing when the clinic has turned the notice off.
 */
import { clinic as configuredClinic, languageNameIn, type ClinicConfig } from '@/lib/clinic/config';
import { dictionaryFor, fill, type LanguageCode } from '@/lib/i18n';
import { phoneText } from '@/lib/format/phone';

type Props = {
  lang: LanguageCode;
  clinic?: Pick<ClinicConfig, 'phone' | 'afterHoursPhone' | 'languageHelp' | 'address'>;
  /** The heading's id: another where the notice appears twice on one page (the whole guide). */
  id?: string;
  /** There, the id of the enclosing topic's heading too, so the two landmarks have different names ("Contact us, Free interpreters"). */
  within?: string;
};

/** "English and Spanish" on an English page, "inglés y español" on a Spanish one. */
function languageList(tags: string[], lang: LanguageCode): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(tags.map((tag) => languageNameIn(lang, tag) ?? tag));
}

export function LanguageHelp({ lang, clinic = configuredClinic, id = 'interpreters', within }: Props) {
  const { languageHelp } = clinic;
  if (!languageHelp.freeInterpreters && !languageHelp.phoneLanguages) return null;
  const words = dictionaryFor(lang).languageHelp;
  const lines = languageHelp.phoneLanguages;
  return (
    <section aria-labelledby={within ? `${within} ${id}` : id} data-language-help="" className="not-prose my-8 max-w-reading">
      <h2 id={id} className="scroll-mt-4 text-2xl font-bold">
        {languageHelp.freeInterpreters ? words.heading : words.linesHeading}
      </h2>
      {languageHelp.freeInterpreters ? (
        <>
          <p className="mt-3">{words.free}</p>
          <p className="mt-2">{words.howToAsk}</p>
        </>
      ) : null}
      {lines?.phone ? <p className="mt-2">{fill(words.mainLine, { phone: phoneText(clinic.phone, clinic.address.country), languages: languageList(lines.phone, lang) })}</p> : null}
      {lines?.afterHoursPhone && clinic.afterHoursPhone ? (
        <p className="mt-2">{fill(words.afterHoursLine, { phone: phoneText(clinic.afterHoursPhone, clinic.address.country), languages: languageList(lines.afterHoursPhone, lang) })}</p>
      ) : null}
    </section>
  );
}
