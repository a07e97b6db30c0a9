// The offline copy a patient chooses to save (/save-for-offline), in Chromium
// against the built site: nothing registers a worker until the button is
// pressed; then, offline, pages of both languages load from the saved copy
// with the banner; a new deploy replaces the copy on the next online visit;
// a copy older than maxAgeDays says it is too old; "Remove the saved copy"
// leaves no worker and no cache. Runs in the phone project and, for the
// headers and one save-and-read, in the nginx project.
//
// Offline is real: Playwright's context.setOffline does not reach a service
// worker's own fetches in Chromium (microsoft/playwright#2311), so the tests
// that need the worker to find no network serve the build from a server of
// their own and stop it, as a dead connection would.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { createSiteServer } from '../../scripts/serve/server.mjs';
import { expect, test } from './fixtures';
import { CACHE_NAME, dayIn, EN_PAGES, ES_PAGES, expectSavedPage, freshBanner, freshBannerEs, PHONE, saveCopy, savedDays, workerState } from './offline-copy';
import { OFFLINE_SITE_PORT } from './servers';

/** The build served from a copy of out/ by `npm start`'s server on a port of its own, which a test can stop (offline) and start again. */
class OwnSite {
  private server?: ReturnType<typeof createSiteServer>;
  constructor(
    public dir: string,
    readonly port: number,
  ) {}
  get url() {
    return `http://localhost:${this.port}`;
  }
  /** Serves `dir` (this site's copy of out/ unless another build is given). */
  async start(dir = this.dir) {
    this.server = createSiteServer({ outDir: dir });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    expect((this.server.address() as AddressInfo).port).toBe(this.port);
  }
  async stop() {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

async function goOffline(context: BrowserContext, site: OwnSite) {
  await site.stop();
  await context.setOffline(true);
}

test.describe('the offline copy', () => {
  test.describe.configure({ mode: 'serial' });
  // Its own server's port, beside the build servers' (tests/e2e/servers.ts).
  const site = new OwnSite('', OFFLINE_SITE_PORT);
  // Made here, not when the file loads: every Playwright worker loads the file, only one runs these tests.
  test.beforeAll(() => {
    site.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'port-guide-offline-'));
    fs.cpSync('out', site.dir, { recursive: true });
  });
  test.afterEach(() => site.stop());
  test.afterAll(() => fs.rmSync(site.dir, { recursive: true, force: true }));
  test.use({ baseURL: site.url });

  test('no worker before the button; saved, five pages a language load offline with the banner; removed, nothing is left', async ({ page, context }) => {
    test.slow();
    await site.start();
    await test.step('no page registers anything before the patient asks, the save page included', async () => {
      for (const pagePath of ['/', '/aftercare', '/es/preparation', '/whole-guide', '/save-for-offline']) {
        await page.goto(pagePath, { waitUntil: 'networkidle' });
        expect(await workerState(page), pagePath).toEqual({ registrations: [], caches: [] });
      }
      expect(context.serviceWorkers()).toEqual([]);
    });

    const { before, after } = await saveCopy(page);
    await test.step('one worker for the whole site, one cache named by the build', async () => {
      const state = await workerState(page);
      expect(state.registrations).toEqual([`${site.url}/`]);
      expect(state.caches).toEqual([expect.stringMatching(CACHE_NAME)]);
    });

    await goOffline(context, site);
    for (const pagePath of EN_PAGES) await expectSavedPage(page, pagePath, freshBanner(savedDays('en-US', before, after)));
    for (const pagePath of ES_PAGES) await expectSavedPage(page, pagePath, freshBannerEs(savedDays('es-US', before, after)));
    await test.step('a staff link still opens the saved /preparation', async () => {
      await page.goto('/preparation?appointment=2030-01-15T08:30');
      await expect(page.locator('[data-offline-banner]')).toHaveCount(1);
    });

    await context.setOffline(false);
    await site.start();
    await test.step('"Remove the saved copy" leaves no worker and no cache', async () => {
      await page.goto('/es/save-for-offline');
      await expect(page.locator('[data-offline-awake]')).toHaveCount(1);
      await expect(page.getByRole('status')).toHaveText('La guía está guardada en este teléfono.');
      await page.getByRole('button', { name: 'Quitar la copia guardada' }).click();
      await expect(page.getByRole('status')).toHaveText('La copia guardada ya no está en este teléfono.');
      await expect(page.getByRole('button', { name: 'Quitar la copia guardada' })).toBeHidden();
      expect(await workerState(page)).toEqual({ registrations: [], caches: [] });
    });
  });

  test('a copy older than maxAgeDays says so; a new deploy replaces the copy on the next online visit', async ({ page, context }) => {
    test.slow();
    await site.start();
    await saveCopy(page, 'es');
    const [oldCache] = (await workerState(page)).caches;

    await test.step('91 days later (the default clinic keeps 90), the saved pages say the copy is too old, with the phone and when to get help', async () => {
      // The copy's one record of when it was saved (lib/offline/saved-copy.ts, SAVED_AT_KEY), put back 91 days.
      const savedAt = Date.now() - 91 * 24 * 60 * 60 * 1000;
      await page.evaluate(async ([name, at]) => (await caches.open(name!)).put('/offline-copy-saved-at', new Response(String(at))), [oldCache, savedAt] as const);
      await goOffline(context, site);
      await page.goto('/aftercare');
      await expect(page.locator('[data-offline-banner]')).toHaveText(
        `This copy was saved on ${dayIn('en-US', savedAt)}. It is too old to trust. Call ${PHONE} if you are unsure, and read when to get help.`,
      );
      await expect(page.locator('[data-offline-banner] a[href^="tel:"]')).toHaveAttribute('href', 'tel:+13035550142');
      await page.locator('[data-offline-banner]').getByRole('link', { name: 'when to get help' }).click();
      await expect(page).toHaveURL(/\/when-to-get-help$/);
      await expect(page.locator('[data-offline-banner="too-old"]')).toHaveCount(1);
      await page.goto('/es/aftercare');
      await expect(page.locator('[data-offline-banner]')).toHaveText(
        `Esta copia se guardó el ${dayIn('es-US', savedAt)}. Es muy vieja para confiar en ella. Llame al ${PHONE} si tiene dudas, y lea cuándo pedir ayuda.`,
      );
    });

    await test.step('a new deploy: the next online visit replaces the saved copy, and offline the new pages show', async () => {
      // The next build, as a deploy would put it: one page's words changed and a worker with a new build id
      // (the build hashes every saved file into it, static-export/postbuild/offline-copy.mjs).
      const next = `${site.dir}-next`;
      fs.cpSync(site.dir, next, { recursive: true });
      const aftercare = path.join(next, 'aftercare.html');
      fs.writeFileSync(aftercare, fs.readFileSync(aftercare, 'utf8').replace('<h1 class="wrap-break-word hyphens-auto">', '<h1 class="wrap-break-word hyphens-auto">New: '));
      for (const variant of ['.br', '.gz']) fs.rmSync(`${aftercare}${variant}`, { force: true });
      const workerFile = path.join(next, 'offline-worker.js');
      const oldId = oldCache!.replace('port-guide-offline-', '');
      const worker = fs.readFileSync(workerFile, 'utf8');
      expect(worker).toContain(`"${oldId}"`);
      fs.writeFileSync(workerFile, worker.replaceAll(oldId, '0123456789abcdef'));
      for (const variant of ['.br', '.gz']) fs.rmSync(`${workerFile}${variant}`, { force: true });

      await context.setOffline(false);
      await site.start(next);
      const before = Date.now();
      await page.goto('/');
      await expect.poll(async () => (await workerState(page)).caches, { timeout: 30_000 }).toEqual(['port-guide-offline-0123456789abcdef']);
      const after = Date.now();
      await goOffline(context, site);
      await expectSavedPage(page, '/aftercare', freshBanner(savedDays('en-US', before, after)));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^New: /);
      fs.rmSync(next, { recursive: true, force: true });
    });
  });
});
