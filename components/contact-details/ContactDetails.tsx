/**
 * Everything a patient needs to reach the clinic, from the clinic config:
 * address, tap-to-call phone, email, opening hours, a directions link and what
 * to do when the clinic is closed. Optional values that are missing are left
 * out, never shown empty. The directions link is a plain link (no embedded
 * map), so the page makes no third-party request.
 */
import { PhoneLink } from '@/components/clinic-contact';
import { clinic as configuredClinic, type ClinicConfig } from '@/lib/clinic/config';
import { formatOpeningHours } from '@/lib/clinic/opening-hours';
import { dateTimeStyleFor } from '@/lib/format';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';

type Clinic = Pick<
  ClinicConfig,
  'name' | 'phone' | 'address' | 'emergencyNumber' | 'email' | 'afterHoursPhone' | 'openingHours' | 'mapUrl' | 'locale'
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

export function ContactDetails({ clinic = configuredClinic, lang }: { clinic?: Clinic; lang: LanguageCode }) {
  const { street, city, region, postalCode } = clinic.address;
  const words = dictionaryFor(lang).contact;
  return (
    <dl className="not-prose my-8 border-b border-line">
      <Row label={words.address}>
        <address className="not-italic">
          {clinic.name}
          <br />
          {street}
          <br />
          {city}, {region} {postalCode}
        </address>
        <p className="mt-2">
          <a href={directionsUrl(clinic)} rel="noopener noreferrer">
            {clinic.mapUrl ? words.directionsMap : words.directionsOsm}
          </a>
        </p>
      </Row>
      <Row label={words.phone}>
        <PhoneLink phone={clinic.phone} country={clinic.address.country} className="font-semibold" />
      </Row>
      {clinic.email ? (
        <Row label={words.email}>
          <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
          <p className="mt-1 text-base text-muted">{clinicalWordsFor(lang).contact.emailNote}</p>
        </Row>
      ) : null}
      <Row label={words.hours}>
        {clinic.openingHours ? (
          <ul>
            {formatOpeningHours(clinic.openingHours, lang, dateTimeStyleFor(clinic, lang)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>{words.hoursUnknown}</p>
        )}
      </Row>
      <Row label={words.closed}>
        {clinic.afterHoursPhone ? (
          <p>
            {words.outOfHoursLine}{' '}
            <PhoneLink phone={clinic.afterHoursPhone} country={clinic.address.country} className="font-semibold" />
            .
          </p>
        ) : (
          <p>{clinicalWordsFor(lang).contact.ifClosed}</p>
        )}
        <p className="mt-2">
          {words.emergencyBefore}{' '}
          <a href={`tel:${clinic.emergencyNumber}`} className="font-semibold">
            {clinic.emergencyNumber}
          </a>{' '}
          {words.emergencyAfter}
        </p>
      </Row>
    </dl>
  );
}
