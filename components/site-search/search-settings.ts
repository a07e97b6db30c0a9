/** What the search page hands its script in `data-search`: which index to fetch, and the words it shows. */
import type { SearchLanguage } from '@/lib/search/terms';

export type SearchSettings = {
  lang: SearchLanguage;
  /** "/_search/en.json" (static-export/postbuild/search-index.mjs). */
  index: string;
  words: {
    results_one: string;
    results_other: string;
    noResults: string;
    loadFailed: string;
    onPage: string;
  };
};

/** Element ids the page and its script share. */
export const SEARCH_IDS = { input: 'search-words', hint: 'search-hint', status: 'search-status' } as const;
