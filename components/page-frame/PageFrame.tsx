/** The fixed frame of every page: skip link, header (with the language link), main, footer, in the page's language. */
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/skip-link';
import type { LanguageCode } from '@/lib/i18n';

type Props = {
  lang: LanguageCode;
  /** The page's language-neutral path ("/", "/aftercare"); none on a 404 page. */
  path?: string;
  /** The languages the page exists in, when not every language of the site (the English-only staff page). */
  languages?: LanguageCode[];
  children: ReactNode;
};

export function PageFrame({ lang, path, languages, children }: Props) {
  return (
    <>
      {/* React moves this into <head>. Chromium paints a page as its HTML arrives, and a header painted
          before all of it has arrived reflows as the rest comes: its wrapping rows moved by up to 0.03
          (layout shift) on a slow connection. This holds the first frame until <main> begins, so the
          header is complete when it is first shown; the page's content still shows as it arrives.
          Browsers without it (Firefox, Safari) ignore it. */}
      <link rel="expect" href={`#${MAIN_CONTENT_ID}`} blocking="render" />
      <SkipLink lang={lang} />
      <SiteHeader lang={lang} path={path} languages={languages} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-frame px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
