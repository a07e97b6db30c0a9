// Debian's Chromium, shared by the browser tests and the benchmark: Playwright
// cannot download its own browser here. The flags keep a headless Chromium
// running as root quiet on a closed network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
