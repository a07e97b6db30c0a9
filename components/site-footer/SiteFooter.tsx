/** Clinic address and contact on every page, plus the emergency signs and what to do. */
import Link from 'next/link';
import { ClinicAddress, ClinicPhone } from '@/components/clinic-contact';
import { EmergencySigns } from '@/components/emergency-signs';
import { clinic, telHref } from '@/lib/clinic/config';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface print:mt-4 print:border-t-2">
      {/* On paper the two blocks sit side by side and tight, so the planner's sheet stays on one page. */}
      <div className="mx-auto grid max-w-frame gap-8 px-4 py-10 md:grid-cols-2 print:grid-cols-2 print:gap-4 print:py-3">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-lg font-bold">
            {clinic.name}
          </h2>
          <ClinicAddress className="mt-2" />
          <p className="mt-2">
            Phone: <ClinicPhone className="font-semibold" />
          </p>
          {clinic.afterHoursPhone ? (
            <p>
              Out of hours: <a href={telHref(clinic.afterHoursPhone)}>{clinic.afterHoursPhone}</a>
            </p>
          ) : null}
          {clinic.email ? (
            <p>
              Email: <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="footer-emergency">
          <h2 id="footer-emergency" className="text-lg font-bold">
            In an emergency
          </h2>
          <EmergencySigns framed={false} />
          <p className="mt-4 text-base text-muted print:hidden">
            This site sets no cookies and does not track you (<Link href="/privacy">our privacy promise</Link>). It gives
            general information and does not replace advice from your care team.
          </p>
        </section>
      </div>
      {/* On paper there is no header bar to call from: say where the page came from and whom to call. */}
      <p className="print-only mx-auto max-w-frame px-4 pb-4">
        Printed from {clinic.siteUrl}. Questions? Call {clinic.name} at {clinic.phone}.
      </p>
    </footer>
  );
}
