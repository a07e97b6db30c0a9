/**
 * The body of /save-for-offline: what saving does, the two buttons and a
 * polite live region. Without JavaScript the page says that saving needs it,
 * and links to the whole guide to print instead; the buttons stay hidden until
 * the page script (offline-browser.ts, data-needs-js="offline") wakes them.
 */
import Link from 'next/link';
import { clinic } from '@/lib/clinic/config';
import { dictionaryFor, fill, localePath, type LanguageCode } from '@/lib/i18n';
import { webManifestPath } from '@/lib/seo/web-manifest';

export function SaveForOffline({ lang }: { lang: LanguageCode }) {
  const dictionary = dictionaryFor(lang);
  const words = dictionary.offline;
  const scriptWords = {
    unsupported: words.unsupported,
    saving: words.saving,
    saved: words.saved,
    alreadySaved: words.alreadySaved,
    failed: words.failed,
    removing: words.removing,
    removed: words.removed,
  };
  const button = 'min-h-11 rounded-md px-5 py-3 text-lg font-semibold';
  return (
    <>
      <p>{words.why}</p>
      <p>{fill(words.how, { days: clinic.offline.maxAgeDays })}</p>
      <p>{words.privacy}</p>
      <div data-needs-js="offline" data-offline={JSON.stringify(scriptWords)} data-manifest={webManifestPath(lang)} className="not-prose my-8">
        <p data-offline-no-script="">
          {words.noScript} <Link href={localePath(lang, '/whole-guide')}>{dictionary.footer.wholeGuide}</Link>.
        </p>
        <div className="flex flex-wrap gap-4">
          <button type="button" hidden data-offline-save="" className={`${button} bg-brand-dark text-white`}>
            {words.save}
          </button>
          <button type="button" hidden data-offline-remove="" className={`${button} border-2 border-ink bg-white text-ink`}>
            {words.remove}
          </button>
        </div>
        <p role="status" aria-live="polite" data-offline-status="" className="mt-4 font-semibold" />
      </div>
    </>
  );
}
