import type { ReactNode } from 'react';
import { rootMetadata, RootLayout, rootViewport } from '../_site/root-layout';

export const metadata = rootMetadata('en');
export const viewport = rootViewport;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootLayout lang="en">{children}</RootLayout>;
}
