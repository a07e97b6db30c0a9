// The offline copy through nginx with deploy/nginx/site.conf and the build's generated
// files, as a clinic deploys it (the nginx project): the worker file is revalidated on
// every visit, only the save page may start a worker, and a copy saved through nginx
// serves both languages once nginx is gone. This test starts an nginx of its own, so
// it can stop it: context.setOffline does not reach a service worker's fetches in
// Chromium (microsoft/playwright#2311). The headers are read from the project's nginx.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { findNginx, writeNginxTestServer } from '../../scripts/test-setup/nginx.mjs';
import { expect, test } from './fixtures';
import { expectSavedPage, freshBanner, freshBannerEs, saveCopy, savedDays } from './offline-copy';
import { NGINX_URL, OFFLINE_NGINX_PORT } from './servers';

const workerSrc = (csp: string | undefined) => /(?:^|;)\s*worker-src ([^;]*)/.exec(csp ?? '')?.[1];

test('through nginx: the worker file is no-cache, only the save page may start it, and a copy saved through nginx reads offline', async ({ page, context, request }) => {
  test.slow();
  await test.step('headers from the nginx files the build wrote', async () => {
    const worker = await request.get(`${NGINX_URL}/offline-worker.js`);
    expect(worker.status()).toBe(200);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(worker.headers()['content-type']).toMatch(/^(application|text)\/javascript/);
    for (const [pagePath, allowed] of [['/save-for-offline', "'self'"], ['/es/save-for-offline', "'self'"], ['/aftercare', "'none'"], ['/preparation', "'none'"], ['/whole-guide', "'none'"]]) {
      expect(workerSrc((await request.get(`${NGINX_URL}${pagePath}`)).headers()['content-security-policy']), pagePath).toBe(allowed);
    }
  });

  // An nginx of this test's own, beside the project's (tests/e2e/servers.ts); stopped to cut the network.
  const port = OFFLINE_NGINX_PORT;
  const nginx = findNginx();
  expect(nginx?.path, 'nginx').toBeTruthy();
  const conf = writeNginxTestServer({ outDir: path.resolve('out'), deployDir: path.resolve('out-deploy'), port, nginxPath: nginx!.path! });
  let server: ChildProcess | undefined = spawn(nginx!.path!, ['-c', conf, '-e', 'stderr'], { stdio: 'ignore' });
  try {
    const url = `http://localhost:${port}`;
    await expect.poll(async () => (await request.get(`${url}/`).catch(() => null))?.status(), { timeout: 15_000 }).toBe(200);
    await page.goto(url);
    const { before, after } = await saveCopy(page, 'en', url);
    server.kill('SIGQUIT');
    await new Promise((resolve) => server!.once('exit', resolve));
    server = undefined;
    await context.setOffline(true);
    await expectSavedPage(page, `${url}/aftercare`, freshBanner(savedDays('en-US', before, after)));
    await expectSavedPage(page, `${url}/es/aftercare`, freshBannerEs(savedDays('es-US', before, after)));
  } finally {
    server?.kill('SIGQUIT');
  }
});
