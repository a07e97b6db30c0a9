// Plain language: the Flesch-Kincaid grade of every page's main text must be
// 8 or below. What is measured: the text of the <article> inside <main> (on the
// home page, all of <main>), one block per paragraph, list item, heading or
// caption, without navigation ("On this page"), SVG drawings (their labels are
// also said in the captions and descriptions) or text hidden from everyone.
// The pages come from the content loader, the same list the site is built from,
// plus the whole guide and the offline copy's page.
import { gradeOfBlocks, MAX_GRADE, readableBlocks } from '../support/readability.mjs';
import { expect, readAnywherePaths, searchPaths, sitePaths, test } from './fixtures';

// And the search page (its words, the A to Z list and the glossary's words, as a patient reads them without JavaScript), the whole guide and the offline copy's page.
for (const path of [...sitePaths(['en']), ...searchPaths(['en']), ...readAnywherePaths(['en'])]) {
  test(`${path} reads at grade ${MAX_GRADE} or below`, async ({ page }, testInfo) => {
    await page.goto(path);
    const article = page.locator('main article');
    const root = (await article.count()) > 0 ? article.first() : page.locator('main');
    const blocks = await root.evaluate(readableBlocks);
    const { grade, word, sentence } = gradeOfBlocks(blocks);
    const line = `${path}: Flesch-Kincaid grade ${grade.toFixed(1)} (${word} words, ${sentence} sentences)`;
    console.log(line);
    testInfo.annotations.push({ type: 'readability', description: line });
    // A page that failed to render its text must not pass as "easy to read".
    expect(word).toBeGreaterThan(100);
    expect(grade, line).toBeLessThanOrEqual(MAX_GRADE);
  });
}
