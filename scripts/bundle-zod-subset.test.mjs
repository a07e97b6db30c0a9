// @vitest-environment node
// The committed zod subset must match what the installed zod builds to.
import fs from 'node:fs';
import { bundleZodSubset, TARGET } from './bundle-zod-subset.mjs';

it('lib/planner/vendor/zod-mini-subset.js is up to date with the installed zod (else run node scripts/bundle-zod-subset.mjs)', async () => {
  expect(fs.readFileSync(TARGET, 'utf8')).toBe(await bundleZodSubset());
});
