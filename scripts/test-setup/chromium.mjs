// The Chromium the browser tests, the benchmark and the size check use, in
// one place. Found in this order: CHROMIUM_PATH (or CHROME_PATH, as
// Lighthouse names it), Debian's /usr/bin/chromium, Playwright's own
// downloaded browser. `npm test` calls ensureChromium() first, which installs
// one when none is found (Playwright's installer, then apt-get as root).
// The flags keep a headless Chromium running as root quiet on a closed network.
import { createRequire } from 'node:module';
import { aptInstaller, ensureTool, firstExecutable, isExecutable, isRoot, runCommand } from './tool-setup.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const MISSING_CHROMIUM =
  'No Chromium for the browser tests: install one (as root: apt-get install -y chromium, or npx playwright install --with-deps chromium) or set CHROMIUM_PATH to a Chromium or Chrome.';

/** Where Playwright keeps the browser its installer downloads (it may not be there). */
export function playwrightChromiumPath() {
  try {
    return createRequire(import.meta.url)('@playwright/test').chromium.executablePath();
  } catch {
    return null;
  }
}

export function chromiumCandidates({ env = process.env, playwrightPath = playwrightChromiumPath() } = {}) {
  return [
    env.CHROMIUM_PATH && { path: env.CHROMIUM_PATH, from: 'CHROMIUM_PATH', explicit: true },
    env.CHROME_PATH && { path: env.CHROME_PATH, from: 'CHROME_PATH', explicit: true },
    { path: '/usr/bin/chromium', from: "Debian's chromium" },
    playwrightPath && { path: playwrightPath, from: "Playwright's Chromium" },
  ].filter(Boolean);
}

export function findChromium({ env, playwrightPath, exists = isExecutable } = {}) {
  return firstExecutable(chromiumCandidates({ env, playwrightPath }), exists);
}

/**
 * Playwright's installer, where it can reach its download server. Offline it
 * fails within seconds (the connection timeout below), and the next installer runs.
 */
export function playwrightInstaller({ root = isRoot, run = runCommand } = {}) {
  return {
    title: `Downloading Playwright's Chromium: npx playwright install${root() ? ' --with-deps' : ''} chromium`,
    available: () => true,
    run: () => run('npx', ['playwright', 'install', ...(root() ? ['--with-deps'] : []), 'chromium'], { env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '10000' }, timeout: 600_000 }),
  };
}

/** { path } of a Chromium, installing one if need be, or { error } saying what to install. */
export function ensureChromium({ find = () => findChromium(), installers = [playwrightInstaller(), aptInstaller('chromium')], log } = {}) {
  return ensureTool({ find, installers, missing: MISSING_CHROMIUM, log });
}

/** For configs that need a path now: the one found, or Debian's (whose absence Playwright then reports). */
export const CHROMIUM_PATH = findChromium()?.path ?? '/usr/bin/chromium';
