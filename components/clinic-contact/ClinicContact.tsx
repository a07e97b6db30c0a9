/** Clinic values for MDX and the page frame. Content never writes these itself. */
import { clinic, telHref } from '@/lib/clinic/config';

/** The clinic's name as plain text. */
export function ClinicName() {
  return <>{clinic.name}</>;
}

/** A tap-to-call link to the clinic's main phone. */
export function ClinicPhone({ className }: { className?: string }) {
  return (
    <a href={telHref(clinic.phone)} className={className}>
      {clinic.phone}
    </a>
  );
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
