// out/404.html: the page for any unknown address (there is no single root layout to compose it from,
// as English and each translation have their own, for <html lang>). Unknown addresses under /es/ get
// out/es/404.html instead (app/(es)/es/404).
import type { Metadata } from 'next';
import { clinic } from '@/lib/clinic/config';
import { dictionaryFor } from '@/lib/i18n';
import { RootLayout, rootMetadata } from './_site/root-layout';
import { NotFoundPage } from './_site/not-found-page';

export const metadata: Metadata = {
  ...rootMetadata('en'),
  // Next adds <meta name="robots" content="noindex"> to this page itself.
  title: `${dictionaryFor('en').meta.notFoundTitle} | ${clinic.name}`,
};

export default function GlobalNotFound() {
  return (
    <RootLayout lang="en">
      <NotFoundPage lang="en" />
    </RootLayout>
  );
}
