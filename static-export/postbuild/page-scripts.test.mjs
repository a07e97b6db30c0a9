// @vitest-environment node
// The scripts a patient's phone or a clinic's computer downloads: no validation
// library in them (the clinic config is checked at build time; the browser
// checks by hand), and inside their budgets. `npm run size:scripts` prints the figures.
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

it('bundles the flush reminder without zod, the QR code or the planner, inside its 15 KB', async () => {
  const text = await bundlePageScript('flush-reminder');
  expect(text).not.toContain('_zod');
  expect(text).toContain('flushReminderAwake');
  // Only what it imports: none of the planner comes along with the code they share.
  expect(text).not.toContain('plannerAwake');
  // 2.4 KB gzip (7 December 2026).
  expect(gzipSize(text)).toBeLessThan(15 * 1024);
}, 30_000);

it('bundles the search script (MiniSearch and the two stemmers) without zod and inside its 15 KB', async () => {
  const text = await bundlePageScript('search');
  expect(text).not.toContain('_zod');
  expect(text).toContain('searchAwake');
  // About 11 KB gzip on 7 December 2026.
  expect(gzipSize(text)).toBeLessThan(15 * 1024);
}, 30_000);

it('bundles the offline copy\'s page script small: two buttons and a live region', async () => {
  const text = await bundlePageScript('offline');
  expect(text).not.toContain('_zod');
  // About 0.9 KB gzip (7 December 2026).
  expect(gzipSize(text)).toBeLessThan(2 * 1024);
}, 30_000);
