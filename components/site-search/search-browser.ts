/**
 * The search page's script (a page script: components/page-scripts/). Fetches
 * its language's index from our own origin once, when the patient first
 * reaches for the search box (or the address carries `?q=`), then shows
 * results as the patient types and on load from `?q=`. Every result names its page and
 * section, links to the section's anchor, and shows an excerpt with the
 * matched words in <mark>. The count goes to the polite live region. Built
 * with DOM calls only (textContent), never HTML strings.
 */
import { createSearch, type SearchIndexFile, type SearchResult } from '@/lib/search/engine';
import { SEARCH_IDS, type SearchSettings } from './search-settings';

/** Wait this long after the last key before announcing, so a screen reader is not told every letter's count. */
const ANNOUNCE_AFTER_MS = 500;
const MAX_RESULTS = 20;

/** "{count} results for “{query}”" with its values (lib/i18n's fill, which the browser bundle does not import). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

function resultItem(result: SearchResult, settings: SearchSettings): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'text-lg font-semibold text-brand-dark';
  link.textContent = result.section || result.page;
  const heading = document.createElement('h2');
  heading.className = 'text-lg';
  heading.append(link);
  item.append(heading);
  if (result.section) {
    const page = document.createElement('p');
    page.className = 'text-base text-muted';
    page.textContent = `${settings.words.onPage} ${result.page}`;
    item.append(page);
  }
  const excerpt = document.createElement('p');
  for (const part of result.excerpt) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(excerpt);
  return item;
}

export function startSearch(root: HTMLElement) {
  const settings = JSON.parse(root.dataset.search ?? '{}') as SearchSettings;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>(`#${SEARCH_IDS.input}`)!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const words = settings.words;
  let search: ((query: string, limit?: number) => SearchResult[]) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = () => {
    if (!search) return;
    const query = input.value.trim();
    const results = query ? search(query, MAX_RESULTS) : [];
    list.replaceChildren(...results.map((result) => resultItem(result, settings)));
    list.hidden = results.length === 0;
    clearTimeout(timer);
    const message = !query
      ? ''
      : results.length === 0
        ? fill(words.noResults, { query })
        : fill(results.length === 1 ? words.results_one : words.results_other, { count: results.length, query });
    timer = setTimeout(() => {
      status.textContent = message;
    }, ANNOUNCE_AFTER_MS);
  };

  // The address keeps the words, so a result page can be shared, reloaded or gone back to.
  const remember = () => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };

  const fromAddress = new URLSearchParams(location.search).get('q');
  if (fromAddress !== null && !input.value) input.value = fromAddress;

  input.addEventListener('input', () => {
    show();
    remember();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
    remember();
  });

  // The index (13 to 15 KB) is fetched and built only when the patient reaches for the box, or
  // the address already asks a question: building it on every visit held the main thread for
  // about 250 ms of Lighthouse's total blocking time on a phone profile, for visitors who only
  // wanted the A to Z list.
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    fetch(settings.index)
      .then((response) => {
        if (!response.ok) throw new Error(`${settings.index}: ${response.status}`);
        return response.json() as Promise<SearchIndexFile>;
      })
      .then((file) => {
        search = createSearch(file);
        show();
      })
      .catch(() => {
        status.textContent = words.loadFailed;
      });
  };
  for (const event of ['focusin', 'pointerdown', 'input', 'submit']) form.addEventListener(event, load);
  if (input.value.trim()) load();
  root.dataset.searchAwake = '';
}
