/**
 * Share images (the picture a chat app shows for a link), one per page and
 * language, drawn by components/share-image. Each is a static route handler
 * at <page>/opengraph-image (/opengraph-image, /aftercare/opengraph-image,
 * /es/aftercare/opengraph-image), named in each page's metadata
 * (lib/seo/page-metadata.ts). Route handlers rather than the opengraph-image
 * file convention: inside route groups that convention adds a hash to the
 * address, and it does not see a translation's .es.tsx files.
 */
import { shareImageResponse } from '@/components/share-image';
import { getPage, getPages } from '@/lib/content/pages';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { homeTitle } from '@/lib/seo/site';

export function homeShareImage(lang: LanguageCode) {
  return shareImageResponse(homeTitle(lang), lang);
}

export function pageShareImageParams(lang: LanguageCode) {
  return getPages(lang).map((page) => ({ slug: page.slug }));
}

export async function pageShareImage(lang: LanguageCode, params: Promise<{ slug: string }>) {
  const page = getPage((await params).slug, lang);
  return shareImageResponse(page?.title ?? dictionaryFor(lang).meta.fallbackTitle, lang);
}
