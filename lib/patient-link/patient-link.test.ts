import { describe, expect, it } from 'vitest';
import { mailtoHref, patientLink, shortLink } from './patient-link';

describe('patientLink', () => {
  it('adds the appointment as it is written, readable on paper', () => {
    expect(patientLink('https://ports.example-clinic.org/es/preparation', '2027-06-15T08:30')).toBe(
      'https://ports.example-clinic.org/es/preparation?appointment=2027-06-15T08:30',
    );
  });
  it('is read back by the browser as the same appointment', () => {
    const link = patientLink('https://ports.example-clinic.org/preparation', '2027-06-15T08:30');
    expect(new URL(link).searchParams.get('appointment')).toBe('2027-06-15T08:30');
  });
});

describe('shortLink', () => {
  it('drops only the scheme', () => {
    expect(shortLink('https://www.clinic.org/preparation?appointment=2027-06-15T08:30')).toBe('www.clinic.org/preparation?appointment=2027-06-15T08:30');
  });
});

describe('mailtoHref', () => {
  it('has no address and an encoded subject and body with CRLF line breaks', () => {
    const href = mailtoHref('Your times: 8:30 AM & more', 'Hello,\n\nSee https://x.org/p?appointment=2027-06-15T08:30');
    expect(href).toBe(
      'mailto:?subject=Your%20times%3A%208%3A30%20AM%20%26%20more&body=Hello%2C%0D%0A%0D%0ASee%20https%3A%2F%2Fx.org%2Fp%3Fappointment%3D2027-06-15T08%3A30',
    );
  });
  it('is read back by a URL parser as the same words', () => {
    const url = new URL(mailtoHref('Tu cita: martes', 'Línea uno\nLínea dos'));
    expect(url.searchParams.get('subject')).toBe('Tu cita: martes');
    expect(url.searchParams.get('body')).toBe('Línea uno\r\nLínea dos');
  });
});
