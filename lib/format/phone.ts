/**
 * Phone numbers as the clinic's country writes them, with libphonenumber-js
 * (Google's libphonenumber rules): "(303) 555-0142" in the US, "020 7946 0018"
 * in the UK, and `tel:` links in E.164 ("tel:+13035550142"), which every phone
 * dials from anywhere. Build-time only: the "max" metadata (about 150 KB) checks
 * each number against its country's real number ranges, and never reaches a
 * browser (the page scripts get the formatted text).
 */
import { parsePhoneNumberFromString, isSupportedCountry, getCountryCallingCode, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/** Whether libphonenumber knows the numbering plan of a two-letter country code. */
export function isPhoneCountry(country: string): boolean {
  return isSupportedCountry(country);
}

/**
 * A number as a clinic may write it ("303-555-0142", "+1 (303) 555 0142",
 * "020 7946 0018"), read for its country; a problem in words when it is not a
 * number there.
 */
export function readPhone(value: string, country: string): { ok: true; number: PhoneNumber } | { ok: false; problem: string } {
  if (!isSupportedCountry(country)) return { ok: false, problem: `cannot be checked: "${country}" is not a country code libphonenumber knows` };
  const number = parsePhoneNumberFromString(value, country as CountryCode);
  const example = country === 'US' ? '"(303) 555-0142" or "+1 303-555-0142"' : `a number written as people in ${country} write it, or with "+${getCountryCallingCode(country as CountryCode)}"`;
  if (!number) return { ok: false, problem: `"${value}" is not a phone number: give ${example}` };
  if (number.countryCallingCode !== getCountryCallingCode(country as CountryCode)) {
    return { ok: false, problem: `"${value}" is a number in another country (+${number.countryCallingCode}); the site writes numbers for address.country "${country}"` };
  }
  if (!number.isValid()) return { ok: false, problem: `"${value}" is not a valid phone number in ${country} (address.country): check the digits` };
  return { ok: true, number };
}

function parsed(value: string, country: string): PhoneNumber {
  const result = readPhone(value, country);
  // The config was checked with readPhone when it was parsed, so this is a programming mistake.
  if (!result.ok) throw new Error(`Phone number ${result.problem}`);
  return result.number;
}

/** "(303) 555-0142", "020 7946 0018": the national format of the clinic's country. */
export function phoneText(value: string, country: string): string {
  return parsed(value, country).formatNational();
}

/** "+13035550142": E.164, for `tel:` links and structured data. */
export function phoneE164(value: string, country: string): string {
  return parsed(value, country).number;
}

/** "tel:+13035550142" */
export function phoneHref(value: string, country: string): string {
  return `tel:${phoneE164(value, country)}`;
}
