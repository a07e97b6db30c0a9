import type { MetadataRoute } from 'next';
import { getPages } from '@/lib/content/pages';
import { siteUrl } from '@/lib/seo/site';

// Written once at build time into the static export.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = getPages();
  // The home page lists every topic, so it changes when the newest topic does.
  const newest = pages.map((page) => page.lastReviewed).sort().at(-1);
  return [
    { url: siteUrl('/'), ...(newest ? { lastModified: newest } : {}) },
    ...pages.map((page) => ({ url: siteUrl(`/${page.slug}`), lastModified: page.lastReviewed })),
  ];
}
