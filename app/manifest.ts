import type { MetadataRoute } from 'next';
import { clinic } from '@/lib/clinic/config';
import { homeDescription, THEME_COLOR } from '@/lib/seo/site';

// Written once at build time into the static export.
export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${clinic.name}: port guide`,
    short_name: 'Port guide',
    description: homeDescription(),
    // One manifest for the site: it names the source language.
    lang: 'en',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
}
