/**
 * /save-for-offline: where a patient chooses to keep a copy of the guide on
 * their phone (components/save-for-offline). Built only when the clinic
 * offers it (offline.enabled): its route files are named page.offline.tsx,
 * which next.config.mjs lets Next see only then. Kept out of search results:
 * it is a tool for someone already reading the guide, not an answer.
 */
import type { Metadata } from 'next';
import { PageFrame } from '@/components/page-frame';
import { SaveForOffline } from '@/components/save-for-offline';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

export function saveForOfflineMetadata(lang: LanguageCode): Metadata {
  const words = dictionaryFor(lang).offline;
  // No manifest here: the page's script links it once the page is painted (components/save-for-offline).
  return { title: words.title, description: words.description, robots: { index: false, follow: true } };
}

export function SaveForOfflinePage({ lang }: { lang: LanguageCode }) {
  return (
    <PageFrame lang={lang} path="/save-for-offline">
      <article className="prose prose-lg max-w-reading prose-a:text-brand">
        <h1 className="wrap-break-word hyphens-auto">{dictionaryFor(lang).offline.title}</h1>
        <SaveForOffline lang={lang} />
      </article>
    </PageFrame>
  );
}
