// Plain Spanish: every translated page's main text scores 55 or more on the
// Szigriszt-Pazos perspicuity index read on the INFLESZ scale (tests/support/readability-es.mjs;
// 55-65 "normal", 65-80 "bastante fácil"; the aim is 65+). Measured on the same
// text as the English grade (tests/support/readability.mjs's readableBlocks).
import { MIN_PERSPICUITY, perspicuityOfBlocks } from '../support/readability-es.mjs';
import { readableBlocks } from '../support/readability.mjs';
import { expect, readAnywherePaths, searchPaths, sitePages, test, translatedLanguages } from './fixtures';

// And the search page, as a patient reads it without JavaScript; the whole guide and the offline copy's page.
for (const path of [...sitePages().filter((p) => p.lang === 'es').map((p) => p.path), ...searchPaths(translatedLanguages().filter((lang) => lang === 'es')), ...readAnywherePaths(translatedLanguages())]) {
  test(`${path} scores ${MIN_PERSPICUITY} or more on the INFLESZ scale`, async ({ page }, testInfo) => {
    await page.goto(path);
    const article = page.locator('main article');
    const root = (await article.count()) > 0 ? article.first() : page.locator('main');
    const blocks = await root.evaluate(readableBlocks);
    const { score, band, word, sentence } = perspicuityOfBlocks(blocks);
    const line = `${path}: Szigriszt-Pazos ${score.toFixed(1)}, ${band} (${word} words, ${sentence} sentences)`;
    console.log(line);
    testInfo.annotations.push({ type: 'readability', description: line });
    expect(word).toBeGreaterThan(100);
    expect(score, line).toBeGreaterThanOrEqual(MIN_PERSPICUITY);
  });
}
