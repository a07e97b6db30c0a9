/**
 * Everything a patient needs to reach the clinic, from the clinic config:
 * address, tap-to-call phone, email, opening hours, a directions link and what
 * to do when the clinic is closed. Optional values that are missing are left
 * out, never shown empty. The directions link is a plain link (no embedded
 * map), so the page makes no third-party request.
 */
import { clinic as configuredClinic, telHref, type ClinicConfig } from '@/lib/clinic/config';
import { formatOpeningHours } from '@/lib/clinic/opening-hours';

type Clinic = Pick<
  ClinicConfig,
  'name' | 'phone' | 'address' | 'emergencyNumber' | 'email' | 'afterHoursPhone' | 'openingHours' | 'mapUrl'
>;

/** The config's mapUrl, or an OpenStreetMap search for the address. */
export function directionsUrl(clinic: Pick<ClinicConfig, 'address' | 'mapUrl'>): string {
  if (clinic.mapUrl) return clinic.mapUrl;
  const { street, city, region, postalCode, country } = clinic.address;
  const query = [street, city, `${region} ${postalCode}`, country].join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line py-4 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd className="mt-1 sm:mt-0">{children}</dd>
    </div>
  );
}

export function ContactDetails({ clinic = configuredClinic }: { clinic?: Clinic }) {
  const { street, city, region, postalCode } = clinic.address;
  return (
    <dl className="not-prose my-8 border-b border-line">
      <Row label="Address">
        <address className="not-italic">
          {clinic.name}
          <br />
          {street}
          <br />
          {city}, {region} {postalCode}
        </address>
        <p className="mt-2">
          <a href={directionsUrl(clinic)} rel="noopener noreferrer">
            {clinic.mapUrl ? 'Get directions on a map' : 'Find us on OpenStreetMap'}
          </a>
        </p>
      </Row>
      <Row label="Phone">
        <a href={telHref(clinic.phone)} className="font-semibold">
          {clinic.phone}
        </a>
      </Row>
      {clinic.email ? (
        <Row label="Email">
          <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
          <p className="mt-1 text-base text-muted">Do not use email for anything urgent. Call us instead.</p>
        </Row>
      ) : null}
      <Row label="Opening hours">
        {clinic.openingHours ? (
          <ul>
            {formatOpeningHours(clinic.openingHours).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>Call us to ask when we are open.</p>
        )}
      </Row>
      <Row label="When we are closed">
        {clinic.afterHoursPhone ? (
          <p>
            Call our out-of-hours line:{' '}
            <a href={telHref(clinic.afterHoursPhone)} className="font-semibold">
              {clinic.afterHoursPhone}
            </a>
            .
          </p>
        ) : (
          <p>If you feel unwell and it cannot wait until we open, go to your nearest emergency department.</p>
        )}
        <p className="mt-2">
          In an emergency, call{' '}
          <a href={`tel:${clinic.emergencyNumber}`} className="font-semibold">
            {clinic.emergencyNumber}
          </a>{' '}
          now.
        </p>
      </Row>
    </dl>
  );
}
