import type { MetadataRoute } from 'next';
import { getPages } from '@/lib/content/pages';
import { overdueReviewWarnings } from '@/lib/content/review';
import { siteUrl } from '@/lib/seo/site';

// Written once at build time into the static export.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = getPages();
  // The sitemap is generated once per build, so the overdue-review warning is printed once, and never fails the build.
  for (const warning of overdueReviewWarnings(pages, new Date().toISOString().slice(0, 10))) console.warn(warning);
  // The home page lists every topic, so it changes when the newest topic does.
  const newest = pages.map((page) => page.lastReviewed).sort().at(-1);
  return [
    { url: siteUrl('/'), ...(newest ? { lastModified: newest } : {}) },
    ...pages.map((page) => ({ url: siteUrl(`/${page.slug}`), lastModified: page.lastReviewed })),
  ];
}
