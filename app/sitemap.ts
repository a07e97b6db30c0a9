import type { MetadataRoute } from 'next';
import { clinic, clinicConfigWarnings } from '@/lib/clinic/config';
import { getPages } from '@/lib/content/pages';
import { siteLanguages } from '@/lib/clinic/site-languages';
import { overdueReviewWarnings } from '@/lib/content/review';
import { clinicalWordingFile, clinicalWordingFor } from '@/lib/content/clinical-wording';
import { localePath } from '@/lib/i18n';
import { languageAlternates } from '@/lib/seo/page-metadata';
import { siteUrl } from '@/lib/seo/site';

// Written once at build time into the static export.
export const dynamic = 'force-static';

/** hreflang alternates as absolute URLs, or none on an English-only site. */
function alternatesOf(path: string): { alternates?: { languages: Record<string, string> } } {
  const languages = languageAlternates(path);
  return languages ? { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([lang, url]) => [lang, siteUrl(url)])) } } : {};
}

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = getPages('en');
  // The sitemap is generated once per build, so the overdue-review warning is printed once, and never fails the build.
  // Translations share their English page's review date (lib/content/pages.ts checks), so English stands for all.
  // The clinical wording has its own review date (its translations share it too).
  const wording = { slug: 'clinical-wording', file: clinicalWordingFile('en'), lastReviewed: clinicalWordingFor('en').lastReviewed };
  for (const warning of overdueReviewWarnings([...pages, wording], new Date().toISOString().slice(0, 10))) console.warn(warning);
  for (const warning of clinicConfigWarnings(clinic)) console.warn(warning);
  // The home page lists every topic, so it changes when the newest topic does.
  const newest = pages.map((page) => page.lastReviewed).sort().at(-1);
  return siteLanguages().flatMap((lang) => [
    { url: siteUrl(localePath(lang, '/')), ...(newest ? { lastModified: newest } : {}), ...alternatesOf('/') },
    ...getPages(lang).map((page) => ({
      url: siteUrl(localePath(lang, `/${page.slug}`)),
      lastModified: page.lastReviewed,
      ...alternatesOf(`/${page.slug}`),
    })),
  ]);
}
