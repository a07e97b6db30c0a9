// The MDX loader for content/: @next/mdx's own loader, after one rewrite.
// Translated pages keep the English section ids by ending a heading with
// them, `## Cuándo llamar {#when-to-call}` (content/TRANSLATING.md). To MDX a
// `{…}` is a JavaScript expression and `#when-to-call` is not valid
// JavaScript, so the page would not compile: this turns the suffix into an
// MDX comment, `{/*#when-to-call*/}`, which remark-heading-ids.mjs then reads
// and removes, giving the heading that id (rehype-slug keeps an id it finds).
// Fenced code blocks are left alone.
// A CommonJS loader, as webpack and Turbopack load them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextMdxLoader = require('@next/mdx/mdx-js-loader');

const HEADING_WITH_ID = /^(\s{0,3}#{1,6}\s+.*?)\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

function rewriteHeadingIds(source) {
  let fence = null;
  return source
    .split('\n')
    .map((line) => {
      const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch) {
        if (fence === null) fence = fenceMatch[1];
        else if (fenceMatch[1].startsWith(fence[0]) && fenceMatch[1].length >= fence.length) fence = null;
        return line;
      }
      if (fence !== null) return line;
      const match = HEADING_WITH_ID.exec(line.replace(/\r$/, ''));
      return match ? `${match[1]} {/*#${match[2]}*/}` : line;
    })
    .join('\n');
}

module.exports = function mdxWithHeadingIds(source, ...rest) {
  return nextMdxLoader.call(this, rewriteHeadingIds(String(source)), ...rest);
};
module.exports.rewriteHeadingIds = rewriteHeadingIds;
