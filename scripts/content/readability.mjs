// `npm run readability`: the Flesch-Kincaid grade of every English page, and the
// Szigriszt-Pazos (INFLESZ) figure of every Spanish page, of the built
// site (out/, or OUT_DIR), measured on the same text as the browser test:
// the <main> element's article (the home page: all of <main>), without
// navigation, SVG drawings or hidden text. Pages are found from the main
// navigation of the built home page, so the list cannot drift from the site.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { outDir as builtSite } from '../../lib/env.mjs';
import { gradeOfBlocks, MAX_GRADE, readableBlocks } from '../../tests/support/readability.mjs';
import { MIN_PERSPICUITY, perspicuityOfBlocks, TARGET_PERSPICUITY } from '../../tests/support/readability-es.mjs';

const outDir = builtSite();
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}

function documentOf(urlPath) {
  const file = urlPath === '/' ? 'index.html' : `${urlPath.slice(1)}.html`;
  return new JSDOM(fs.readFileSync(path.join(outDir, file), 'utf8')).window.document;
}

/** The pages a built home page's main navigation links to. */
const navPaths = (homePath) => [
  ...new Set([...documentOf(homePath).querySelectorAll('nav[aria-label] a[href^="/"]')].filter((a) => a.closest('header nav:not([aria-labelledby])')).map((a) => a.getAttribute('href'))),
];

const textOf = (urlPath) => {
  const main = documentOf(urlPath).querySelector('main');
  return readableBlocks(main.querySelector('article') ?? main);
};

// English: the main navigation of the home page; every link in it is an English page.
const englishPaths = navPaths('/').filter((href) => !/^\/es(\/|$)/.test(href));
const rows = englishPaths.map((urlPath) => {
  const { grade, sentence, word } = gradeOfBlocks(textOf(urlPath));
  return { page: urlPath, grade: grade.toFixed(1), words: word, sentences: sentence, ok: grade <= MAX_GRADE ? 'yes' : 'NO' };
});
console.log(`Flesch-Kincaid grade per page (limit ${MAX_GRADE}), from ${path.relative(process.cwd(), outDir) || '.'}/`);
console.table(rows);
const failures = rows.filter((row) => row.ok === 'NO').map((row) => row.page);

// Spanish, when the site has it: Szigriszt-Pazos on the INFLESZ scale, from the Spanish home page's navigation.
if (fs.existsSync(path.join(outDir, 'es.html'))) {
  const spanishRows = navPaths('/es')
    .filter((href) => /^\/es(\/|$)/.test(href))
    .map((urlPath) => {
      const { score, band, sentence, word } = perspicuityOfBlocks(textOf(urlPath));
      return { page: urlPath, inflesz: score.toFixed(1), band, words: word, sentences: sentence, ok: score >= MIN_PERSPICUITY ? 'yes' : 'NO' };
    });
  console.log(`Szigriszt-Pazos (INFLESZ) per Spanish page (at least ${MIN_PERSPICUITY}, aim ${TARGET_PERSPICUITY}+)`);
  console.table(spanishRows);
  failures.push(...spanishRows.filter((row) => row.ok === 'NO').map((row) => row.page));
}

if (failures.length) {
  console.error(`Too hard to read: ${failures.join(', ')}`);
  process.exit(1);
}
