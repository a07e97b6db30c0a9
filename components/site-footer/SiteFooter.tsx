/** Clinic address and contact on every page, plus the emergency signs, the fever line and the link to when to get help. */
import Link from 'next/link';
import { ClinicAddress, ClinicPhone, PhoneLink } from '@/components/clinic-contact';
import { EmergencySigns } from '@/components/emergency-signs';
import { clinic } from '@/lib/clinic/config';
import { phoneText } from '@/lib/format/phone';
import { callNowLines } from '@/lib/content/warning-signs';
import { dictionaryFor, fill, localePath, type LanguageCode } from '@/lib/i18n';

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** `offline`: whether the clinic offers the offline copy (clinic.offline.enabled); a prop so a test can turn it off. */
export function SiteFooter({ lang, offline = clinic.offline.enabled }: { lang: LanguageCode; offline?: boolean }) {
  const words = dictionaryFor(lang).footer;
  const callNow = callNowLines(clinic, lang);
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface print:mt-4 print:border-t-2">
      {/* On paper the two blocks sit side by side and tight, the signs on the wider side, so the planner's sheet stays on one page. */}
      <div className="mx-auto grid max-w-frame gap-8 px-4 py-10 md:grid-cols-2 print:grid-cols-[1fr_2fr] print:gap-4 print:py-3">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-lg font-bold">
            {clinic.name}
          </h2>
          <ClinicAddress className="mt-2" />
          <p className="mt-2">
            {words.phone} <ClinicPhone className="font-semibold" />
          </p>
          {clinic.afterHoursPhone ? (
            <p>
              {words.outOfHours} <PhoneLink phone={clinic.afterHoursPhone} />
            </p>
          ) : null}
          {clinic.email ? (
            <p>
              {words.email} <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="footer-emergency">
          <h2 id="footer-emergency" className="text-lg font-bold">
            {words.emergencyHeading}
          </h2>
          <EmergencySigns framed={false} lang={lang} />
          <p className="mt-4" data-footer-fever="">
            <strong>{capitalized(callNow.fever)}:</strong> {callNow.feverAction}
          </p>
          <p className="mt-2 print:hidden">
            {words.moreHelp} <Link href={localePath(lang, '/when-to-get-help')} className="font-semibold">{dictionaryFor(lang).callNow.link}</Link>
          </p>
          {/* Ways to read the guide away from a signal: on paper, and (when the clinic offers it) a copy saved on the phone. */}
          <ul className="mt-4 space-y-2 print:hidden" data-footer-read-anywhere="">
            <li>
              <Link href={localePath(lang, '/whole-guide')}>{words.wholeGuide}</Link>
            </li>
            {offline ? (
              <li>
                <Link href={localePath(lang, '/save-for-offline')}>{words.saveOffline}</Link>
              </li>
            ) : null}
          </ul>
          <p className="mt-4 text-base text-muted print:hidden">
            {words.privacyBefore}
            <Link href={localePath(lang, '/privacy')}>{words.privacyLink}</Link>
            {words.privacyAfter}
          </p>
        </section>
      </div>
      {/* On paper there is no header bar to call from: say where the page came from and whom to call. */}
      <p className="print-only mx-auto max-w-frame px-4 pb-4">
        {fill(words.printed, { siteUrl: clinic.siteUrl, clinic: clinic.name, phone: phoneText(clinic.phone, clinic.address.country) })}
      </p>
    </footer>
  );
}
