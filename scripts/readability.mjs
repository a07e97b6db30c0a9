// `npm run readability`: the Flesch-Kincaid grade of every page of the built
// site (out/, or OUT_DIR), measured on the same text as the browser test:
// the <main> element's article (the home page: all of <main>), without
// navigation, SVG drawings or hidden text. Pages are found from the main
// navigation of the built home page, so the list cannot drift from the site.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { gradeOfBlocks, MAX_GRADE, readableBlocks } from '../lib/content/readability.mjs';

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}

function documentOf(urlPath) {
  const file = urlPath === '/' ? 'index.html' : `${urlPath.slice(1)}.html`;
  return new JSDOM(fs.readFileSync(path.join(outDir, file), 'utf8')).window.document;
}

const home = documentOf('/');
const paths = [...new Set([...home.querySelectorAll('nav[aria-label="Main"] a[href^="/"]')].map((a) => a.getAttribute('href')))];

const rows = paths.map((urlPath) => {
  const main = documentOf(urlPath).querySelector('main');
  const root = main.querySelector('article') ?? main;
  const { grade, sentence, word } = gradeOfBlocks(readableBlocks(root));
  return { page: urlPath, grade: grade.toFixed(1), words: word, sentences: sentence, ok: grade <= MAX_GRADE ? 'yes' : 'NO' };
});

console.log(`Flesch-Kincaid grade per page (limit ${MAX_GRADE}), from ${path.relative(process.cwd(), outDir) || '.'}/`);
console.table(rows);
const tooHard = rows.filter((row) => row.ok === 'NO');
if (tooHard.length) {
  console.error(`Above grade ${MAX_GRADE}: ${tooHard.map((row) => row.page).join(', ')}`);
  process.exit(1);
}
