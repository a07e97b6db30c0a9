import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { clinic } from '@/lib/clinic/config';
import { HOME_TITLE, homeDescription, SITE_LANG, THEME_COLOR } from '@/lib/seo/site';
import './globals.css';
// The clinic's brand colours as custom properties, written by next.config.ts before each build.
import './brand.generated.css';

export const metadata: Metadata = {
  // Every relative URL in metadata (canonical, og:url, share images) resolves on the clinic's own address.
  metadataBase: new URL(clinic.siteUrl),
  title: { default: `${HOME_TITLE} | ${clinic.name}`, template: `%s | ${clinic.name}` },
  description: homeDescription(),
  applicationName: clinic.name,
  // Drawn in the clinic's colour by app/icon.svg/route.ts.
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }] },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLOR,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={SITE_LANG}>
      <body>{children}</body>
    </html>
  );
}
