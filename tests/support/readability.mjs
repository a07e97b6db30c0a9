// Flesch-Kincaid grade of page text, with the maintained `flesch-kincaid`
// (the formula) and `syllable` (syllable counts) packages. Plain JavaScript so
// the Playwright test, the `npm run readability` script and vitest share it.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Sentences, words and syllables in a text. Sentences end at ".", "!" or "?"
 * (or the end of the text). `countSyllables` is English by default; the
 * Spanish measure (readability-es.mjs) passes its own.
 */
export function textCounts(text, countSyllables = syllable) {
  const sentences = text
    .split(/[.!?]+(?=\s|$)/)
    .filter((part) => HAS_WORD.test(part));
  const words = text.match(WORD) ?? [];
  // Numerals such as "2000" have no letters for `syllable` to count; count them as one.
  const syllables = words.reduce((sum, word) => sum + Math.max(1, countSyllables(word)), 0);
  return { sentence: sentences.length, word: words.length, syllable: syllables };
}

/** Flesch-Kincaid grade of a text; 0 for a text with no words. */
export function gradeOf(text) {
  const counts = textCounts(text);
  return counts.word === 0 ? 0 : fleschKincaid(counts);
}

/**
 * Joins text blocks (paragraphs, list items, headings, table cells…) into one
 * text, ending each block as a sentence: a heading or list item without a full
 * stop is still a unit of reading, and running it into the next block would
 * make one very long "sentence".
 */
export function joinBlocks(blocks) {
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((block) => (/[.!?]["'”’)]*$/.test(block) ? block : `${block}.`))
    .join(' ');
}

/** Grade of a list of text blocks, with the counts behind it. */
export function gradeOfBlocks(blocks) {
  const text = joinBlocks(blocks);
  const counts = textCounts(text);
  return { grade: counts.word === 0 ? 0 : fleschKincaid(counts), ...counts };
}

/**
 * The reading text under `root`, one string per block. Runs in a browser
 * (Playwright's evaluate) and in jsdom, so it is self-contained: no imports, no
 * closures. Leaves out what is not prose the reader reads through: navigation
 * (the site menu and "On this page"), SVG drawings (their words are labels; the
 * figure captions and descriptions in words are kept), scripts and anything
 * hidden from everyone (aria-hidden, hidden).
 */
export function readableBlocks(root) {
  const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'TD', 'TH', 'FIGCAPTION', 'CAPTION', 'BLOCKQUOTE', 'ADDRESS', 'SUMMARY', 'LABEL', 'BUTTON', 'LEGEND']);
  const SKIP = 'nav, svg, script, style, noscript, template, [aria-hidden="true"], [hidden]';
  const groups = new Map();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    let block = parent;
    while (block !== root && !BLOCKS.has(block.tagName)) block = block.parentElement;
    if (block === root) block = parent;
    groups.set(block, (groups.get(block) ?? '') + node.textContent);
  }
  return [...groups.values()].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The highest grade a page may have (issue 3: plain language, grade 8 or below). */
export const MAX_GRADE = 8;
