// `npm run dev` runs the page scripts too (components/page-scripts/): this
// starts `next dev` once, on a free port, with the default clinic, and checks
// that the planner and the staff tool wake up and work there. Runs once, in
// the dev project (playwright.config.ts), which needs no build. Next allows one dev server per
// folder, so stop your own `npm run dev` in this checkout before running it.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test, type Page } from '@playwright/test';

// next dev compiles each page on its first request: tens of seconds on a busy 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: ChildProcess | undefined;
let baseUrl = '';
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const port = await freePort();
  // The default clinic and content, whatever the suite was started with.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of ['CLINIC_CONFIG', 'OUT_DIR', 'CONTENT_DIR']) delete env[name];
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(port)], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      if (/Ready in/.test(output)) resolve();
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.once('exit', (code) => reject(new Error(`next dev exited (${code}) before it was ready:\n${output}`)));
  });
  baseUrl = `http://localhost:${port}`;
});

test.afterAll(() => {
  // The whole group: next dev starts workers of its own.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

/** Errors thrown in the page, but React's report that it cannot hydrate a <template> (DevPageScripts.tsx says why). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (!error.message.startsWith('Hydration failed')) errors.push(error.message);
  });
  return errors;
}

test('the planner wakes up under next dev and shows the times of an appointment link', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto(`${baseUrl}/preparation?appointment=2027-06-15T13:30`, { timeout: 90_000 });
  await expect(page.locator('[data-planner-awake]')).toHaveCount(1, { timeout: 30_000 });
  const results = page.locator('[data-planner-results]');
  await expect(results).toContainText('Your appointment: Tuesday, June 15, 2027, 1:30 PM');
  await expect(results).toContainText('Last solid food: Tuesday, June 15, 2027, 7:30 AM');
  expect(errors).toEqual([]);
});

test('the staff tool wakes up under next dev and makes a patient link', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto(`${baseUrl}/staff`, { timeout: 90_000 });
  await expect(page.locator('[data-staff-awake]')).toHaveCount(1, { timeout: 30_000 });
  await page.getByLabel('Appointment date and time').fill('2027-06-15T13:30');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = 'https://port-guide.example.org/preparation?appointment=2027-06-15T13:30';
  await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', link);
  expect(errors).toEqual([]);
});
