// @vitest-environment node
// The scripts a patient's phone or a clinic's computer downloads: no validation
// library in them (the clinic config is checked at build time; the browser
// checks by hand), and inside their budgets. `npm run size:planner` prints the figures.
import zlib from 'node:zlib';
import { bundlePageScript } from './page-scripts.mjs';

const gzipSize = (text) => zlib.gzipSync(text, { level: 9 }).length;

it('bundles the planner, with its QR code for the printed sheet, without zod and inside its budget', async () => {
  const text = await bundlePageScript('planner');
  // zod keeps its internals under "_zod" even when minified; plain checks have none.
  expect(text).not.toContain('_zod');
  // 3.4 KB gzip before the QR code; about 7.5 KB with it (1 December 2026).
  expect(gzipSize(text)).toBeLessThan(10 * 1024);
}, 30_000);

it('bundles the staff tool without zod and inside the 15 KB it is allowed', async () => {
  const text = await bundlePageScript('staff');
  expect(text).not.toContain('_zod');
  // It is the staff tool: it marks its element awake.
  expect(text).toContain('staffAwake');
  expect(gzipSize(text)).toBeLessThan(15 * 1024);
}, 30_000);

it('bundles the offline copy\'s page script small: two buttons and a live region', async () => {
  const text = await bundlePageScript('offline');
  expect(text).not.toContain('_zod');
  // About 0.9 KB gzip (7 December 2026).
  expect(gzipSize(text)).toBeLessThan(2 * 1024);
}, 30_000);
