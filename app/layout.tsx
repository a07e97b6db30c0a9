import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { clinic } from '@/lib/clinic-config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(clinic.siteUrl),
  title: { default: `Your port: a patient guide | ${clinic.name}`, template: `%s | ${clinic.name}` },
  description: `Plain-language guide to implanted ports (portacaths) from ${clinic.name}: what a port is, how to prepare, how it is put in and taken out, and how to care for it.`,
  applicationName: 'Port Guide',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#005a8c',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
