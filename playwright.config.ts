import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SECOND_CLINIC_PORT = PORT + 1;
const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'phone',
      testIgnore: /second-clinic/,
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 800 }, browserName: 'chromium', launchOptions },
    },
    {
      name: 'desktop',
      testIgnore: /second-clinic/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'second-clinic',
      testMatch: /second-clinic/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${SECOND_CLINIC_PORT}`, launchOptions },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --port ${SECOND_CLINIC_PORT}`,
      env: { OUT_DIR: 'out-second-clinic' },
      url: `http://localhost:${SECOND_CLINIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
