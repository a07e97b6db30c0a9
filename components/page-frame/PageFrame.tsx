/** The fixed frame of every page: skip link, header, main, footer. */
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';

export function PageFrame({ current, children }: { current?: string; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader current={current} />
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-frame px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
