/**
 * Site-wide words and colours that metadata, the manifest and the share
 * images all use, so they cannot drift apart.
 */
import { clinic } from '@/lib/clinic/config';

export const SITE_LANG = 'en';
/** Open Graph wants a territory too; the guide is written in US English. */
export const SITE_LOCALE = 'en_US';
/** The brand colour (--color-brand in app/globals.css), for the browser bar and share images. */
export const THEME_COLOR = '#005a8c';

export const HOME_TITLE = 'Your port: a patient guide';

export function homeDescription(clinicName: string = clinic.name): string {
  return `Plain-language guide to implanted ports (portacaths) from ${clinicName}: what a port is, how to prepare, how it is put in and taken out, and how to care for it.`;
}

/** Absolute URL on the clinic's site for a path like "/aftercare". */
export function siteUrl(pathname: string, base: string = clinic.siteUrl): string {
  return pathname === '/' ? `${base}/` : `${base}${pathname}`;
}
