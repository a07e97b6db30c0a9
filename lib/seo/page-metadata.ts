/**
 * Metadata for every page from one place: the title and description from the
 * page's frontmatter, everything clinic-specific (name, site address) from the
 * clinic config. Each language's root layout adds " | <clinic name>" to titles
 * and sets metadataBase, so canonical and share URLs land on the clinic's siteUrl.
 * Share images are the static routes <page>/opengraph-image (app/_site/share-images.tsx).
 *
 * On a site with more than one language every page names its other-language
 * versions (hreflang, `alternates.languages`), both ways, with English as
 * `x-default`; an English-only site has no alternates at all.
 */
import type { Metadata } from 'next';
import { clinic } from '@/lib/clinic/config';
import { dictionaryFor, localePath, type LanguageCode } from '@/lib/i18n';
import { formatsFor } from '@/lib/format';
import type { ContentPage } from '@/lib/content/pages';
import { siteLanguages } from '@/lib/clinic/site-languages';
import { homeDescription, homeTitle, SHARE_IMAGE_SIZE } from '@/lib/seo/site';

/** Open Graph's locale: the page's language in the clinic's country, "en_US", "en_GB", "es_US". */
const ogLocale = (lang: LanguageCode) => formatsFor(lang).locale.replace('-', '_');

type PageInfo = { path: string; lang: LanguageCode; title: string; description: string; type: 'website' | 'article'; lastReviewed?: string };

/** hreflang alternates for a page's language-neutral path ("/aftercare"), or none on an English-only site. */
export function languageAlternates(path: string): Record<string, string> | undefined {
  const languages = siteLanguages();
  if (languages.length < 2) return undefined;
  return { ...Object.fromEntries(languages.map((lang) => [lang, localePath(lang, path)])), 'x-default': path };
}

function metadataFor({ path, lang, title, description, type, lastReviewed }: PageInfo): Metadata {
  // Social cards show the clinic too: a shared link should say whose guide it is.
  const shareTitle = `${title} | ${clinic.name}`;
  const url = localePath(lang, path);
  const languages = languageAlternates(path);
  const image = {
    url: `${url === '/' ? '' : url}/opengraph-image`,
    ...SHARE_IMAGE_SIZE,
    type: 'image/png',
    alt: path === '/' ? title : dictionaryFor(lang).meta.shareImageAlt,
  };
  const otherLocales = siteLanguages()
    .filter((other) => other !== lang)
    .map((other) => ogLocale(other));
  return {
    title,
    description,
    alternates: { canonical: url, ...(languages ? { languages } : {}) },
    openGraph: {
      type,
      url,
      title: shareTitle,
      description,
      siteName: clinic.name,
      locale: ogLocale(lang),
      images: [image],
      ...(otherLocales.length ? { alternateLocale: otherLocales } : {}),
      ...(type === 'article' && lastReviewed ? { modifiedTime: lastReviewed } : {}),
    },
    twitter: { card: 'summary_large_image', title: shareTitle, description, images: [image] },
  };
}

export function guidePageMetadata(page: ContentPage, lang: LanguageCode): Metadata {
  return metadataFor({
    path: `/${page.slug}`,
    lang,
    title: page.title,
    description: page.description,
    type: 'article',
    lastReviewed: page.lastReviewed,
  });
}

export function homePageMetadata(lang: LanguageCode): Metadata {
  const title = homeTitle(lang);
  const metadata = metadataFor({ path: '/', lang, title, description: homeDescription(clinic.name, lang), type: 'website' });
  // The home page's <title> skips the layout's template, which would repeat nothing new.
  return { ...metadata, title: { absolute: `${title} | ${clinic.name}` } };
}
