// The site icon in the clinic's brand colour. A route rather than app/icon.svg,
// a static file that could only ever be one colour; the build writes it to
// out/icon.svg (served as image/svg+xml by its extension).
import { THEME_COLOR } from '@/lib/seo/site';

export const dynamic = 'force-static';

export function GET(): Response {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Port guide</title><rect width="32" height="32" rx="6" fill="${THEME_COLOR}"/><circle cx="16" cy="14" r="7" fill="none" stroke="#fff" stroke-width="3"/><circle cx="16" cy="14" r="2.5" fill="#fff"/><path d="M16 21v7" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>\n`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
