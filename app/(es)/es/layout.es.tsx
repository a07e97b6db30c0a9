import type { ReactNode } from 'react';
import { rootMetadata, RootLayout, rootViewport } from '../../_site/root-layout';

export const metadata = rootMetadata('es');
export const viewport = rootViewport;

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <RootLayout lang="es">{children}</RootLayout>;
}
