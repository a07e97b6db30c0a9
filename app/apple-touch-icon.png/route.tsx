// The site icon as the 180 x 180 PNG that iOS puts on a home screen, and that
// search engines read from the home page's <link rel="apple-touch-icon">.
// The build writes it to out/apple-touch-icon.png.
import { ImageResponse } from 'next/og';
import { siteIconDataUrl } from '@/lib/seo/site-icon';

export const dynamic = 'force-static';

export function GET() {
  // eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not a page
  return new ImageResponse(<img src={siteIconDataUrl()} width={180} height={180} alt="" />, { width: 180, height: 180 });
}
