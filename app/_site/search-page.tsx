import type { Metadata } from 'next';
import { PageFrame } from '@/components/page-frame';
import { SiteSearch } from '@/components/site-search';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

/**
 * /search and /es/search (docs/search.md). Left out of search engines and the
 * sitemap: a results page is no use to land on from a search engine, and the
 * topics it lists are in the sitemap themselves.
 */
export function searchMetadata(lang: LanguageCode): Metadata {
  const words = dictionaryFor(lang).search;
  return { title: words.title, description: words.description, robots: { index: false, follow: true } };
}

export function SearchPage({ lang }: { lang: LanguageCode }) {
  return (
    <PageFrame lang={lang} path="/search">
      <div className="max-w-reading">
        <h1 className="text-3xl font-bold wrap-break-word hyphens-auto">{dictionaryFor(lang).search.title}</h1>
        <SiteSearch lang={lang} />
      </div>
    </PageFrame>
  );
}
