// The site icon in the clinic's brand colour (lib/seo/site-icon.ts), for the
// manifest. A route rather than app/icon.svg, a static file that could only
// ever be one colour; the build writes it to out/icon.svg (served as
// image/svg+xml by its extension).
import { siteIconSvg } from '@/lib/seo/site-icon';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(`${siteIconSvg()}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
}
