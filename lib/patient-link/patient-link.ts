/**
 * The link that opens a patient's own preparation page with their times:
 * the clinic's address for /preparation in the patient's language, plus
 * `?appointment=2027-06-15T08:30` (clinic wall-clock time). One function for
 * the staff page (link, QR code, email, letter) and the printed preparation
 * sheet's QR code, so both send a patient to the same address. The value is
 * written as it is (it is already checked to be digits, "-", "T" and ":",
 * all allowed in a query), so the link stays readable on paper and in email.
 */

/** "https://clinic.org/es/preparation" + "2027-06-15T08:30" → "https://clinic.org/es/preparation?appointment=2027-06-15T08:30". */
export function patientLink(preparationPage: string, appointment: string): string {
  return `${preparationPage}?appointment=${appointment}`;
}

/** The link as a person types it: without "https://", which browsers add by themselves. */
export function shortLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
}

/**
 * A `mailto:` link with no address (staff choose the patient in their own
 * email program) and the subject and body filled in. RFC 6068 wants every
 * line break as %0D%0A and everything else percent-encoded.
 */
export function mailtoHref(subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
}
