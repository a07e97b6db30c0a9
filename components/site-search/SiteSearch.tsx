/**
 * The search page's body: a GET form (`q`), an empty live region and results
 * list that the search script (search-browser.ts) fills in as the patient
 * types, then the A to Z list of every topic and section and the glossary's
 * words, which need no script. Server-rendered; the script is a page script
 * (data-needs-js="search"), loaded after the page's load event.
 */
import Link from 'next/link';
import { getPages } from '@/lib/content/pages';
import { headingsOfPage } from '@/lib/content/headings';
import { dictionaryFor, fill, localePath, type LanguageCode } from '@/lib/i18n';
import { formatsFor } from '@/lib/format';
import { aToZ, type AtoZPage } from '@/lib/search/a-to-z';
import { SEARCH_IDS, type SearchSettings } from './search-settings';

/** The glossary page: its ### headings are the medical words it explains. */
const GLOSSARY = 'glossary';
const TERM_DEPTH = 3;

function topicPages(lang: LanguageCode): AtoZPage[] {
  return getPages(lang).map((page) => ({ title: page.title, href: localePath(lang, `/${page.slug}`), headings: headingsOfPage(page.slug, lang) }));
}

export function SiteSearch({ lang }: { lang: LanguageCode }) {
  const words = dictionaryFor(lang).search;
  const pages = topicPages(lang);
  const glossary = pages.find((page) => page.href === localePath(lang, `/${GLOSSARY}`));
  const isTerm = (page: AtoZPage, depth: number) => page === glossary && depth === TERM_DEPTH;
  const letters = aToZ(pages, formatsFor(lang).locale, isTerm);
  const terms = glossary?.headings.filter((heading) => heading.depth === TERM_DEPTH) ?? [];
  const settings: SearchSettings = {
    lang,
    index: `/_search/${lang}.json`,
    words: { results_one: words.results_one, results_other: words.results_other, noResults: words.noResults, loadFailed: words.loadFailed, onPage: words.onPage },
  };
  const { input, hint, status } = SEARCH_IDS;
  return (
    <>
      <div data-needs-js="search" data-search={JSON.stringify(settings)} className="not-prose my-6 max-w-reading">
        <form role="search" action={localePath(lang, '/search')} method="get" className="space-y-3 rounded bg-surface p-4">
          <label htmlFor={input} className="block font-bold">
            {words.label}
          </label>
          <p id={hint} className="text-base text-muted">
            {words.hint}
          </p>
          <div className="flex flex-wrap items-end gap-3">
            <input
              id={input}
              name="q"
              type="search"
              aria-describedby={hint}
              autoComplete="off"
              spellCheck={false}
              className="min-h-12 max-w-full min-w-0 flex-1 rounded border-2 border-ink px-3 py-2"
            />
            <button type="submit" className="min-h-12 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
              {words.submit}
            </button>
          </div>
        </form>
        {/* Not a paragraph the script hides: hiding it moved the A to Z list up as the page loaded (a layout shift). */}
        <noscript>
          <p className="mt-4">{words.needsJs}</p>
        </noscript>
        <p id={status} aria-live="polite" data-search-status="" className="mt-4 font-semibold" />
        <ol data-search-results="" hidden className="mt-3 space-y-4" />
      </div>

      <section aria-labelledby="a-to-z" className="not-prose mt-10 max-w-reading">
        <h2 id="a-to-z" className="text-2xl font-bold">
          {words.azHeading}
        </h2>
        <p className="mt-2">{words.azIntro}</p>
        <nav aria-label={words.azLettersLabel} className="mt-4">
          <ul className="flex flex-wrap gap-1">
            {letters.map(({ letter }) => (
              <li key={letter}>
                <a href={`#letter-${letter.toLowerCase()}`} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-line font-semibold text-brand-dark">
                  {letter}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {letters.map(({ letter, entries }) => (
          <div key={letter} className="mt-6">
            <h3 id={`letter-${letter.toLowerCase()}`} className="text-xl font-bold">
              {letter}
            </h3>
            <ul className="mt-2 space-y-2">
              {entries.map((entry) => (
                <li key={entry.href}>
                  <Link href={entry.href} className={entry.page ? 'text-brand-dark' : 'font-semibold text-brand-dark'}>
                    {entry.text}
                  </Link>
                  {entry.page ? (
                    <span className="text-muted">
                      {' '}
                      ({words.onPage} {entry.page})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {glossary && terms.length ? (
        <section aria-labelledby="glossary-words" className="not-prose mt-10 max-w-reading">
          <h2 id="glossary-words" className="text-2xl font-bold">
            {words.glossaryHeading}
          </h2>
          <p className="mt-2">{fill(words.glossaryIntro, { page: glossary.title })}</p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {terms.map((term) => (
              <li key={term.id}>
                <Link href={`${glossary.href}#${term.id}`} className="text-brand-dark">
                  {term.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
