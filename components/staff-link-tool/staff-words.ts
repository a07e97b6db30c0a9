/**
 * The staff page's own words. /staff is for clinic staff and is in English
 * only (docs/staff-page.md); what it makes for a patient (email,
 * letter, link) is in the patient's language, from the dictionaries'
 * `planner`, `plannerScript` and `patientLetter` parts.
 */
export const staffWords = {
  title: 'Send a patient their preparation page',
  description:
    "For clinic staff: make a patient's link to their own preparation times, with a QR code, an email and a letter to print.",
  intro:
    "Make a link that opens the preparation page with one patient's times already worked out. Copy it, email it, or print a letter with a QR code the patient can scan.",
  privacy:
    'Nothing you type here leaves this computer. The page sends nothing, saves nothing and asks for no name. The link holds only the appointment time.',
  label: 'Appointment date and time',
  hint: 'In clinic time: {zone} ({timeZone}).',
  languageLegend: "The patient's language",
  submit: 'Make the link',
  errorPrefix: 'Error:',
  linkHeading: "The patient's link",
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'The link could not be copied. Select it and copy it by hand.',
  email: 'Email to patient',
  print: 'Print a letter',
  letterHeading: 'The letter',
  letterHint: "This is what prints, on one page, in the patient's language.",
  ready: 'Ready for {appointment}, in {language}.',
  noScript: 'The form above needs JavaScript. Without it, or to check a link, you can write the link by hand.',
  byHandHeading: 'Writing a link by hand',
  byHand:
    'Add ?appointment= to the address of the preparation page, then the date as year-month-day, the letter T, and the time on the 24-hour clock, in clinic time.',
  example: 'For example, for an appointment on 15 June 2027 at 1:30 PM:',
  exampleLanguage: 'The same link in {language}:',
  badLink:
    'If a link is mistyped, the page tells the patient so and shows the general rules instead of times, so check the link before you send it.',
} as const;

/** A fixed example for the "by hand" section: a format, not a real booking. */
export const EXAMPLE_APPOINTMENT = '2027-06-15T13:30';
