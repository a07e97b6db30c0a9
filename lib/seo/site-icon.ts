/**
 * The site icon in the clinic's brand colour, written once. Pages carry it as
 * a data: address, so no page load asks the server for an icon (Chromium
 * fetched /icon.svg as each page finished loading, and Lighthouse counted it
 * against first paint: docs/performance.md). /icon.svg (for the manifest) and
 * /apple-touch-icon.png (iOS home screens; search engines read it from the
 * home page) are drawn from the same picture.
 */
import { THEME_COLOR } from '@/lib/seo/site';

export const siteIconSvg = () =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Port guide</title><rect width="32" height="32" rx="6" fill="${THEME_COLOR}"/><circle cx="16" cy="14" r="7" fill="none" stroke="#fff" stroke-width="3"/><circle cx="16" cy="14" r="2.5" fill="#fff"/><path d="M16 21v7" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>`;

/**
 * The icon as a data: address for <link rel="icon"> (allowed by img-src 'self' data:). Only the
 * characters a URL or an HTML attribute cannot hold are escaped: about two thirds the bytes of
 * encodeURIComponent.
 */
export const siteIconDataUrl = () =>
  `data:image/svg+xml,${siteIconSvg().replace(/[<>#%"]/g, (c) => encodeURIComponent(c))}`;

export const APPLE_TOUCH_ICON_PATH = '/apple-touch-icon.png';
