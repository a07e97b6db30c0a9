/** Clinic values for MDX and the page frame. Content never writes these itself. */
import { clinic } from '@/lib/clinic/config';
import { phoneHref, phoneText } from '@/lib/format/phone';

/** The clinic's name as plain text. */
export function ClinicName() {
  return <>{clinic.name}</>;
}

/**
 * A tap-to-call link to one of the clinic's numbers: "(303) 555-0142" as the
 * country writes it, dialled as E.164 ("tel:+13035550142") from anywhere.
 */
export function PhoneLink({ phone, country = clinic.address.country, className }: { phone: string; country?: string; className?: string }) {
  return (
    <a href={phoneHref(phone, country)} className={className}>
      {phoneText(phone, country)}
    </a>
  );
}

/** A tap-to-call link to the clinic's main phone. */
export function ClinicPhone({ className }: { className?: string }) {
  return <PhoneLink phone={clinic.phone} className={className} />;
}

/** The emergency number as a tap-to-call link, e.g. 911. */
export function EmergencyNumber({ className }: { className?: string }) {
  return (
    <a href={`tel:${clinic.emergencyNumber}`} className={className}>
      {clinic.emergencyNumber}
    </a>
  );
}

/** The clinic's postal address, marked up as an address block. */
export function ClinicAddress({ className }: { className?: string }) {
  const { street, city, region, postalCode } = clinic.address;
  return (
    <address className={`not-italic ${className ?? ''}`}>
      {street}
      <br />
      {city}, {region} {postalCode}
    </address>
  );
}
