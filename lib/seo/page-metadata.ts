/**
 * Metadata for every page from one place: the title and description from the
 * page's frontmatter, everything clinic-specific (name, site address) from the
 * clinic config. app/layout.tsx adds " | <clinic name>" to titles and sets
 * metadataBase, so canonical and share URLs land on the clinic's siteUrl.
 * Share images come from the opengraph-image files next to each route.
 */
import type { Metadata } from 'next';
import { clinic } from '@/lib/clinic/config';
import type { ContentPage } from '@/lib/content/pages';
import { HOME_TITLE, homeDescription, SITE_LOCALE } from '@/lib/seo/site';

type PageInfo = { path: string; title: string; description: string; type: 'website' | 'article'; lastReviewed?: string };

function metadataFor({ path, title, description, type, lastReviewed }: PageInfo): Metadata {
  // Social cards show the clinic too: a shared link should say whose guide it is.
  const shareTitle = `${title} | ${clinic.name}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type,
      url: path,
      title: shareTitle,
      description,
      siteName: clinic.name,
      locale: SITE_LOCALE,
      ...(type === 'article' && lastReviewed ? { modifiedTime: lastReviewed } : {}),
    },
    twitter: { card: 'summary_large_image', title: shareTitle, description },
  };
}

export function guidePageMetadata(page: ContentPage): Metadata {
  return metadataFor({
    path: `/${page.slug}`,
    title: page.title,
    description: page.description,
    type: 'article',
    lastReviewed: page.lastReviewed,
  });
}

export function homePageMetadata(): Metadata {
  const metadata = metadataFor({ path: '/', title: HOME_TITLE, description: homeDescription(), type: 'website' });
  // The home page's <title> skips the layout's template, which would repeat nothing new.
  return { ...metadata, title: { absolute: `${HOME_TITLE} | ${clinic.name}` } };
}
