import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/test-setup/chromium.mjs';
import type { HostOption } from './tests/e2e/fixtures';
import { CLOUDFLARE_PAGES } from './tests/e2e/hosts';
import { CLOUDFLARE_PORT, CLOUDFLARE_URL, NGINX_PORT, NGINX_URL, PORT, SECOND_CLINIC_PORT, SECOND_CLINIC_URL, SITE_URL } from './tests/e2e/servers';

const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
// Run once, in the nginx project: they compare nginx with `npm start`'s server and read both builds' files.
const DEPLOY_SPECS = /deploy\.spec/;
// Run in the cloudflare project only: they compare Cloudflare's runtime with `npm start`'s server.
const CLOUDFLARE_SPECS = /cloudflare\.spec/;
// Run in the dev project only: it starts its own `next dev` and needs no build.
const DEV_SPECS = /dev-server\.spec/;
// The desktop project runs these; every other default-clinic spec runs on the phone only.
const DESKTOP_SPECS = [/layout\.spec/, /page-frame\.spec/, /planner(-es)?\.spec/, /staff\.spec/, /pictures\.spec/, /flush-reminder\.spec/, /search\.spec/];
// Playwright starts every webServer whatever the projects; nginx and wrangler only when their project runs (no --project, or --project nginx / cloudflare).
const projects = process.argv.flatMap((arg, i, all) => (arg === '--project' ? [all[i + 1]] : arg.startsWith('--project=') ? [arg.slice(10)] : []));
const runs = (project: string) => projects.length === 0 || projects.includes(project);
// The built sites' servers, unless only the dev project runs (`--project dev` works before any build).
const servesBuilds = projects.length === 0 || projects.some((project) => project !== 'dev');

export default defineConfig<HostOption>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: SITE_URL,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'phone',
      testIgnore: [/second-clinic/, DEPLOY_SPECS, CLOUDFLARE_SPECS, DEV_SPECS],
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 800 }, browserName: 'chromium', launchOptions },
    },
    {
      // Only what the width changes: the layout, the frame and axe at desktop width, and the two pages with a form.
      // Content, search data, headers and wording are the same at every width and run once, on the phone.
      name: 'desktop',
      testMatch: DESKTOP_SPECS,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      // The second clinic's build: second-clinic.spec.ts runs the suites of tests/e2e/suites/ with its profile
      // (tests/support/clinics.ts), every page at phone and desktop width for axe.
      name: 'second-clinic',
      testMatch: /second-clinic/,
      use: { ...devices['Desktop Chrome'], baseURL: SECOND_CLINIC_URL, launchOptions },
    },
    {
      // `npm run dev` runs the page scripts: one next dev server, at phone width.
      name: 'dev',
      testMatch: DEV_SPECS,
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 800 }, browserName: 'chromium', launchOptions },
    },
    {
      // The privacy and security checks again, with nginx serving the build through deploy/nginx/site.conf.
      name: 'nginx',
      // And the search page's browser tests: its index fetch and CSP through nginx's headers.
      testMatch: [/privacy-security\.spec/, /search\.spec/, DEPLOY_SPECS],
      use: { ...devices['Desktop Chrome'], baseURL: NGINX_URL, launchOptions },
    },
    {
      // The same checks with Cloudflare Pages' own runtime serving the build and its _headers, and the header comparison.
      name: 'cloudflare',
      testMatch: [/privacy-security\.spec/, CLOUDFLARE_SPECS],
      // Those test the server in front (ours, nginx); wrangler's is a local stand-in for Cloudflare's edge, not the edge.
      grepInvert: /the running server refuses bad requests/,
      use: { ...devices['Desktop Chrome'], baseURL: CLOUDFLARE_URL, host: CLOUDFLARE_PAGES, launchOptions },
    },
  ],
  webServer: [
    ...(servesBuilds
      ? [
          {
            command: `node scripts/serve/serve.mjs --port ${PORT}`,
            url: `${SITE_URL}/`,
            reuseExistingServer: !process.env.CI,
          },
          {
            command: `node scripts/serve/serve.mjs --port ${SECOND_CLINIC_PORT}`,
            env: { OUT_DIR: 'out-second-clinic' },
            url: `${SECOND_CLINIC_URL}/`,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
    ...(runs('nginx')
      ? [
          {
            command: `node scripts/serve/serve-nginx.mjs --port ${NGINX_PORT}`,
            url: `${NGINX_URL}/`,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
    ...(runs('cloudflare')
      ? [
          {
            command: `node scripts/serve/serve-cloudflare.mjs --port ${CLOUDFLARE_PORT}`,
            url: `${CLOUDFLARE_URL}/`,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
  ],
});
