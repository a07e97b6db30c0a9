/**
 * The root layout of one language's pages. English (app/(en)/layout.tsx) and
 * each translation (app/(es)/es/layout.es.tsx) are separate root layouts, so
 * every page's <html lang> is its own language in the static HTML.
 */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { clinic } from '@/lib/clinic/config';
import type { LanguageCode } from '@/lib/i18n';
import { homeDescription, homeTitle, THEME_COLOR } from '@/lib/seo/site';
import { APPLE_TOUCH_ICON_PATH, siteIconDataUrl } from '@/lib/seo/site-icon';
import '../../globals.css';
// The clinic's brand colours as custom properties, written by next.config.mjs before each build.
import '../brand.generated.css';

// `npm run dev` only: runs each page's own script, which a build adds in its post-build step
// (components/page-scripts/DevPageScripts.tsx). In a build this branch is dropped before
// bundling, so nothing of it reaches out/.
const DevPageScripts = process.env.NODE_ENV === 'development' ? (await import('@/components/page-scripts/DevPageScripts')).DevPageScripts : null;

export function rootMetadata(lang: LanguageCode): Metadata {
  return {
    // Every relative URL in metadata (canonical, og:url, share images) resolves on the clinic's own address.
    metadataBase: new URL(clinic.siteUrl),
    title: { default: `${homeTitle(lang)} | ${clinic.name}`, template: `%s | ${clinic.name}` },
    description: homeDescription(clinic.name, lang),
    applicationName: clinic.name,
    // In the clinic's colour (lib/seo/site-icon.ts): a data: address, so loading a page fetches no icon.
    icons: { icon: [{ url: siteIconDataUrl(), type: 'image/svg+xml', sizes: 'any' }], apple: APPLE_TOUCH_ICON_PATH },
    // No manifest link here: Chromium fetches a linked manifest and its icon as every page finishes
    // loading, and Lighthouse counted both against first paint (docs/performance.md). The one page
    // that invites keeping the guide on a phone links it (app/_site/save-for-offline-page.tsx).
  };
}

export const rootViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLOR,
};

export function RootLayout({ lang, children }: { lang: LanguageCode; children: ReactNode }) {
  return (
    <html lang={lang}>
      {/* A build renders exactly {children}, so even Next's page data in out/ stays as it was. */}
      <body>
        {DevPageScripts ? (
          <>
            {children}
            <DevPageScripts />
          </>
        ) : (
          children
        )}
      </body>
    </html>
  );
}
