/**
 * How words become search terms, the same for the page text (at build time
 * and in the browser) and for what a patient types: accents folded, each
 * language's Snowball stemmer (fevers → fever, fiebres → fiebr), and on the
 * query side the other names patients use for a port.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';

export type SearchLanguage = 'en' | 'es';

const STEMMERS: Record<SearchLanguage, (word: string) => string> = { en: englishStemmer, es: spanishStemmer };

/** Lower case without accents: "Intérprete" → "interprete", "Ñ" stays a letter of its own. */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/ñ/g, '\u0000')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0000/g, 'ñ');
}

/**
 * Words and numbers, folded. Spellings of one brand name are joined first, so
 * "Port-a-Cath", "port a cath" and "portacath" are one word. Temperatures like
 * "38.0" stay one term.
 */
export function tokenize(text: string): string[] {
  return (
    foldAccents(text)
      .replace(/\bport[\s-]?a[\s-]?cath\b/g, 'portacath')
      .match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu) ?? []
  );
}

/** Words that carry no meaning for a search ("can I swim" is "swim"). Kept short on purpose. */
const STOP_WORDS: Record<SearchLanguage, ReadonlySet<string>> = {
  en: new Set(
    'a an and are as at be but by can do does for from have how i if in is it its me my of on or so that the their them there they this to was what when where which who why will with you your'.split(' '),
  ),
  es: new Set(
    'a al como con cual cuando de del donde el en es esta este hay la las lo los me mi mis o para por puedo que se si su sus te tu un una y yo'.split(' '),
  ),
};

/**
 * Other words patients type for what the pages say another way: a port's other
 * names, the page's own word for a thing (a fever is "a temperature of …" in
 * the warning signs). Keys are folded words, looked up as typed and by their
 * stem, so "fevers" and "removed" find "fever" and "removal"; a match adds the
 * value's words to the search.
 */
const SYNONYMS: Record<SearchLanguage, Readonly<Record<string, string>>> = {
  en: {
    portacath: 'port',
    mediport: 'port',
    powerport: 'port',
    bardport: 'port',
    chemo: 'chemotherapy',
    picc: 'picc line',
    huber: 'huber needle',
    fever: 'temperature',
    fasting: 'eating drinking',
    removal: 'taking out',
    insertion: 'put in',
    placement: 'put in',
  },
  es: {
    port: 'puerto',
    portacath: 'puerto',
    mediport: 'puerto',
    powerport: 'puerto',
    bardport: 'puerto',
    reservorio: 'puerto',
    quimio: 'quimioterapia',
    picc: 'cateter picc',
    huber: 'aguja huber',
    fiebre: 'temperatura',
    ayuno: 'comer beber',
    ayunas: 'comer beber',
    retirar: 'quitar',
    extraccion: 'quitar',
    colocacion: 'pone',
  },
};

/** The stem of one folded word, or null for a stop word. Numbers are kept as they are. */
export function stem(word: string, lang: SearchLanguage): string | null {
  if (STOP_WORDS[lang].has(word)) return null;
  if (/\p{N}/u.test(word)) return word;
  return STEMMERS[lang](word);
}

/** The terms a page's text is indexed under. */
export function indexTerm(word: string, lang: SearchLanguage): string | null {
  return stem(word, lang);
}

/** The synonym tables again, keyed by each key's stem. */
const SYNONYMS_BY_STEM = Object.fromEntries(
  (Object.keys(SYNONYMS) as SearchLanguage[]).map((lang) => [
    lang,
    Object.fromEntries(Object.entries(SYNONYMS[lang]).map(([word, value]) => [STEMMERS[lang](word), value])),
  ]),
) as Record<SearchLanguage, Readonly<Record<string, string>>>;

/** The terms one word of a query searches for: its stem, plus its synonyms' stems. */
export function queryTerms(word: string, lang: SearchLanguage): string[] {
  const own = stem(word, lang);
  if (own === null) return [];
  const synonym = SYNONYMS[lang][word] ?? SYNONYMS_BY_STEM[lang][own];
  const extra = synonym ? synonym.split(' ').map((w) => stem(w, lang)).filter((t): t is string => t !== null) : [];
  return [...new Set([own, ...extra])];
}
