/**
 * The web app manifest of one language: a Spanish reader who adds the site to
 * their home screen gets a Spanish name that opens the Spanish home page.
 * Served at /manifest.webmanifest and /<lang>/manifest.webmanifest, and linked
 * from each language's /save-for-offline page only (app/_site/save-for-offline-page.tsx).
 */
import type { MetadataRoute } from 'next';
import { clinic } from '@/lib/clinic/config';
import { dictionaryFor, localePath, type LanguageCode } from '@/lib/i18n';
import { homeDescription, THEME_COLOR } from '@/lib/seo/site';

export const webManifestPath = (lang: LanguageCode) => localePath(lang, '/manifest.webmanifest');

export function webManifest(lang: LanguageCode): MetadataRoute.Manifest {
  const { meta } = dictionaryFor(lang);
  return {
    name: `${clinic.name}: ${meta.fallbackTitle}`,
    short_name: meta.fallbackTitle,
    description: homeDescription(clinic.name, lang),
    lang,
    start_url: localePath(lang, '/'),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
}

export function webManifestResponse(lang: LanguageCode): Response {
  return new Response(JSON.stringify(webManifest(lang)), { headers: { 'Content-Type': 'application/manifest+json' } });
}
