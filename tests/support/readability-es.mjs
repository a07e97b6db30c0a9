// Plain Spanish, measured: Flesch-Kincaid is an English formula, so Spanish
// pages are scored with the Szigriszt-Pazos perspicuity index read on the
// INFLESZ scale (Barrio-Cantalejo et al., 2008), the measure Spanish health
// services use for patient information. No maintained npm package computes
// it, so the syllable rules below are ours, with unit tests on known words.
// Plain JavaScript, like readability.mjs, so the browser test, the script and
// vitest share it.
import { joinBlocks, textCounts } from './readability.mjs';

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const ACCENTED_WEAK = new Set(['í', 'ú']);
const VOWELS = new Set([...STRONG, 'i', 'u', 'ü', ...ACCENTED_WEAK]);

/**
 * Syllables in one Spanish word: one per vowel nucleus. Vowels side by side
 * share a syllable (a diphthong or triphthong: "puer-to", "buey") unless both
 * are strong (a, e, o: "le-er"), a weak one carries the accent ("dí-a",
 * "re-ú-ne"), or they are the same weak vowel twice ("chi-i-ta"). The "u" of
 * "que, qui, gue, gui" is silent ("guí-a"); "ü" is said ("pin-güi-no"); a "y"
 * that ends a word or comes before a consonant is the vowel "i" ("hay", "muy").
 * Numerals and words with no vowel count as one.
 */
export function spanishSyllables(word) {
  let w = word.toLowerCase().normalize('NFC');
  w = w.replace(/([qg])u(?=[eéií])/g, '$1');
  w = w.replace(/y(?![aeiouáéíóúü])/g, 'i');
  let count = 0;
  let previous = '';
  for (const letter of w) {
    if (!VOWELS.has(letter)) {
      previous = '';
      continue;
    }
    const hiatus =
      previous !== '' &&
      ((STRONG.has(previous) && STRONG.has(letter)) ||
        ACCENTED_WEAK.has(previous) ||
        ACCENTED_WEAK.has(letter) ||
        (previous === letter && !STRONG.has(letter)));
    if (previous === '' || hiatus) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

/** Sentences, words and syllables of a Spanish text (same sentence and word rules as the English measure). */
export function spanishTextCounts(text) {
  return textCounts(text, spanishSyllables);
}

/** Szigriszt-Pazos perspicuity: 206.835 − 62.3 × syllables/words − words/sentences. */
export function szigrisztPazos({ sentence, word, syllable }) {
  return word === 0 ? 0 : 206.835 - 62.3 * (syllable / word) - word / sentence;
}

/** The INFLESZ band of a score (Barrio-Cantalejo 2008). */
export function infleszBand(score) {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

/** Score of a list of text blocks (see readableBlocks in readability.mjs), with the counts and band. */
export function perspicuityOfBlocks(blocks) {
  const counts = spanishTextCounts(joinBlocks(blocks));
  const score = szigrisztPazos(counts);
  return { score, band: infleszBand(score), ...counts };
}

/** A Spanish page below this ("algo difícil") fails; aim for 65 ("bastante fácil") or more. */
export const MIN_PERSPICUITY = 55;
export const TARGET_PERSPICUITY = 65;
