import { createRequire } from 'node:module';
import { compile } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import remarkHeadingIds from './remark-heading-ids.mjs';

const require = createRequire(import.meta.url);
const { rewriteHeadingIds } = require('./mdx-heading-ids-loader.cjs');

it('turns a {#id} heading suffix into an MDX comment, leaving code blocks alone', () => {
  expect(rewriteHeadingIds('## Cuándo llamar {#when-to-call}\n\n```\n## x {#y}\n```\n')).toBe('## Cuándo llamar {/*#when-to-call*/}\n\n```\n## x {#y}\n```\n');
});

it('gives the built heading that id and drops the comment; other headings keep their slug', async () => {
  const source = rewriteHeadingIds('## Cuándo llamar {#when-to-call}\n\n### El **septo** {#septum}\n\n## Otra parte\n');
  const code = String(await compile(source, { remarkPlugins: [remarkHeadingIds], rehypePlugins: [rehypeSlug] }));
  expect(code).toContain('id: "when-to-call"');
  expect(code).toContain('id: "septum"');
  expect(code).toContain('id: "otra-parte"');
  expect(code).not.toContain('#when-to-call');
  expect(code).toContain('"Cuándo llamar"');
});
