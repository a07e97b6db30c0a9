// @vitest-environment node
// The planner script a patient's phone downloads: no validation library in it
// (the clinic config is checked at build time; the browser checks by hand).
import zlib from 'node:zlib';
import { bundlePlannerScript } from './planner-script.mjs';

it('bundles the planner without zod, well inside the budget', async () => {
  const text = await bundlePlannerScript();
  // zod keeps its internals under "_zod" even when minified; plain checks have none.
  expect(text).not.toContain('_zod');
  // 3.4 KB gzip on 1 December 2026 (6.9 KB with the zod/mini subset); the budget is 15 KB.
  expect(zlib.gzipSync(text, { level: 9 }).length).toBeLessThan(5 * 1024);
}, 30_000);
