/**
 * The site search, the same code in the browser (components/site-search) and
 * in the tests that run the hand-written queries against the built index.
 * The index file holds each page section's words (made after the build by
 * static-export/postbuild/search-index.mjs); MiniSearch indexes them when the
 * file arrives, with our own terms (lib/search/terms.ts): a section of a page
 * is one result, linking to its anchor.
 */
import MiniSearch from 'minisearch';
import { indexTerm, queryTerms, stem, tokenize, type SearchLanguage } from './terms';

/** One section of a page: its words and where it is. */
export type SearchSection = {
  /** The page's title ("Caring for your port"). */
  page: string;
  /** The section's heading, or "" for the text before a page's first section. */
  section: string;
  /** "/aftercare#keep-it-dry", or "/aftercare" for the text before a page's first section. */
  url: string;
  text: string;
};

/** The index file of one language, /_search/<lang>.json. */
export type SearchIndexFile = { lang: SearchLanguage; sections: SearchSection[] };

/** A run of an excerpt: matched words are marked. */
export type ExcerptPart = { text: string; mark: boolean };

export type SearchResult = SearchSection & { excerpt: ExcerptPart[] };

/** Words either side of the first match in an excerpt. */
const EXCERPT_WORDS_BEFORE = 8;
const EXCERPT_WORDS = 30;

/** The stems and folded words a result matched, to mark in its excerpt. */
function matcherFor(matched: readonly string[], lang: SearchLanguage) {
  const terms = new Set(matched);
  return (word: string) => {
    const folded = tokenize(word)[0];
    if (folded === undefined) return false;
    const own = stem(folded, lang);
    return own !== null && terms.has(own);
  };
}

/**
 * A short run of the section's text around its first matched word, with every
 * matched word marked. `centre` (the stems of the words the patient typed) picks
 * where it starts when it occurs: a word they typed, before a synonym it brought in.
 */
export function excerptOf(text: string, matched: readonly string[], lang: SearchLanguage, centre: readonly string[] = []): ExcerptPart[] {
  const isMatch = matcherFor(matched, lang);
  const isCentre = matcherFor(centre, lang);
  // Words with the spaces and punctuation after them, so the excerpt reads as written.
  const words = text.match(/\S+\s*/g) ?? [];
  const typedAt = words.findIndex((word) => isCentre(word));
  const first = typedAt >= 0 ? typedAt : words.findIndex((word) => isMatch(word));
  const start = Math.max(0, (first < 0 ? 0 : first) - EXCERPT_WORDS_BEFORE);
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  const parts: ExcerptPart[] = [];
  const push = (part: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += part;
    else parts.push({ text: part, mark });
  };
  if (start > 0) push('… ', false);
  for (const word of words.slice(start, end)) {
    // Mark the word's letters, not the comma or space after it.
    const core = /^([\s\S]*?[\p{L}\p{N}])([^\p{L}\p{N}]*)$/u.exec(word);
    if (core && isMatch(core[1]!)) {
      const lead = /^[^\p{L}\p{N}]*/u.exec(core[1]!)![0];
      if (lead) push(lead, false);
      push(core[1]!.slice(lead.length), true);
      push(core[2]!, false);
    } else push(word, false);
  }
  if (end < words.length) {
    const last = parts.at(-1)!;
    last.text = last.text.trimEnd();
    push(' …', false);
  }
  return parts;
}

/** A search over one language's index: call it with what the patient typed. */
export function createSearch(file: SearchIndexFile) {
  const { lang, sections } = file;
  // Every term in the index, so a word that is there (or starts one) is never also matched loosely.
  const vocabulary = new Set<string>();
  const known = (term: string) => vocabulary.has(term) || [...vocabulary].some((word) => word.startsWith(term));
  // The words of the current query as typed (folded): only these match as prefixes, so "flus" finds
  // "flush" but its stem "flu" does not find "fluid".
  const typed = new Set<string>();
  // Their stems, where an excerpt starts.
  const typedStems = new Set<string>();
  const mini = new MiniSearch<SearchSection & { id: number }>({
    fields: ['section', 'page', 'text'],
    tokenize,
    processTerm: (word) => {
      const term = indexTerm(word, lang);
      if (term !== null) vocabulary.add(term);
      return term;
    },
    searchOptions: {
      // A word in a heading says more about a section than the same word in its text.
      boost: { section: 3, page: 1.5 },
      tokenize,
      // The stem, any synonym, and the word as typed: "flus" finds "flush" by prefix.
      processTerm: (word) => {
        const terms = queryTerms(word, lang);
        if (terms.length) typed.add(word);
        if (terms[0]) typedStems.add(terms[0]);
        return terms.length && !terms.includes(word) ? [...terms, word] : terms;
      },
      prefix: (term) => term.length >= 3 && typed.has(term),
      // Only for a word the pages never use: one wrong letter in four or more, two in nine or more.
      fuzzy: (term) => (known(term) ? false : term.length >= 9 ? 2 : term.length >= 4 ? 1 : false),
      combineWith: 'OR',
    },
  });
  mini.addAll(sections.map((section, id) => ({ id, ...section })));
  return (query: string, limit = 10): SearchResult[] => {
    typed.clear();
    typedStems.clear();
    return mini
      .search(query)
      .slice(0, limit)
      .map((hit) => {
        const section = sections[hit.id as number]!;
        return { ...section, excerpt: excerptOf(section.text, hit.terms, lang, [...typedStems].filter((stem) => hit.terms.includes(stem))) };
      });
  };
}
