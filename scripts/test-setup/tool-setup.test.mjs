// @vitest-environment node
// Finding or installing Chromium and nginx, with every file check and
// installer injected: nothing on this machine is looked at, run or installed.
import { chromiumCandidates, ensureChromium, findChromium, MISSING_CHROMIUM, playwrightInstaller } from './chromium.mjs';
import { ensureNginx, findNginx, MISSING_NGINX, nginxTestConfig } from './nginx.mjs';
import { aptInstaller, ensureTool } from './tool-setup.mjs';

const only = (...files) => (file) => files.includes(file);
const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, then CHROME_PATH, Debian, Playwright', () => {
    const all = only('/opt/chrome', '/opt/chrome2', '/usr/bin/chromium', PLAYWRIGHT);
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome', CHROME_PATH: '/opt/chrome2' }, playwrightPath: PLAYWRIGHT, exists: all })).toEqual({ path: '/opt/chrome', from: 'CHROMIUM_PATH' });
    expect(findChromium({ env: { CHROME_PATH: '/opt/chrome2' }, playwrightPath: PLAYWRIGHT, exists: all })).toEqual({ path: '/opt/chrome2', from: 'CHROME_PATH' });
    expect(findChromium({ env: {}, playwrightPath: PLAYWRIGHT, exists: all })?.path).toBe('/usr/bin/chromium');
    expect(findChromium({ env: {}, playwrightPath: PLAYWRIGHT, exists: only(PLAYWRIGHT) })).toEqual({ path: PLAYWRIGHT, from: "Playwright's Chromium" });
  });

  it('finds nothing when none is there', () => {
    expect(findChromium({ env: {}, playwrightPath: PLAYWRIGHT, exists: only() })).toBeNull();
    expect(findChromium({ env: {}, playwrightPath: null, exists: only() })).toBeNull();
  });

  it('reports a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/nope' }, playwrightPath: PLAYWRIGHT, exists: only('/usr/bin/chromium') })).toEqual({ error: 'CHROMIUM_PATH=/nope is not an executable file' });
  });

  it('lists Playwright only when it knows a path', () => {
    expect(chromiumCandidates({ env: {}, playwrightPath: null }).map((c) => c.path)).toEqual(['/usr/bin/chromium']);
  });
});

describe('ensureChromium', () => {
  function machine(installed = []) {
    const files = new Set(installed);
    return { files, find: () => findChromium({ env: {}, playwrightPath: PLAYWRIGHT, exists: (f) => files.has(f) }) };
  }

  it('uses a browser that is there and installs nothing', () => {
    const ran = [];
    const { find } = machine(['/usr/bin/chromium']);
    const download = { title: 'playwright', available: () => true, run: () => (ran.push('playwright'), true) };
    const result = ensureChromium({ find, installers: [download], log: () => {} });
    expect(result.path).toBe('/usr/bin/chromium');
    expect(ran).toEqual([]);
  });

  it("falls through Playwright's failed download to apt-get as root", () => {
    const ran = [];
    const m = machine();
    const failedDownload = { title: 'playwright', available: () => true, run: () => (ran.push('playwright'), false) };
    const apt = { title: 'apt', available: () => true, run: () => (ran.push('apt'), m.files.add('/usr/bin/chromium'), true) };
    expect(ensureChromium({ find: m.find, installers: [failedDownload, apt], log: () => {} })).toEqual({ path: '/usr/bin/chromium', from: "Debian's chromium" });
    expect(ran).toEqual(['playwright', 'apt']);
  });

  it("stops at Playwright's download when it works", () => {
    const ran = [];
    const m = machine();
    const download = { title: 'playwright', available: () => true, run: () => (ran.push('playwright'), m.files.add(PLAYWRIGHT), true) };
    const apt = { title: 'apt', available: () => true, run: () => (ran.push('apt'), true) };
    expect(ensureChromium({ find: m.find, installers: [download, apt], log: () => {} }).path).toBe(PLAYWRIGHT);
    expect(ran).toEqual(['playwright']);
  });

  it('says in one line what to install when it can do neither', () => {
    const m = machine();
    const failed = { title: 'playwright', available: () => true, run: () => false };
    const notRoot = aptInstaller('chromium', { root: () => false, hasApt: () => true, run: () => { throw new Error('must not run'); } });
    const result = ensureChromium({ find: m.find, installers: [failed, notRoot], log: () => {} });
    expect(result).toEqual({ error: MISSING_CHROMIUM });
    expect(MISSING_CHROMIUM).not.toContain('\n');
    expect(MISSING_CHROMIUM).toContain('apt-get install -y chromium');
  });
});

describe('installers', () => {
  it('apt-get runs only as root where apt-get exists, and installs the package asked for', () => {
    const calls = [];
    const run = (command, args) => (calls.push([command, ...args].join(' ')), true);
    expect(aptInstaller('nginx', { root: () => false, hasApt: () => true, run }).available()).toBe(false);
    expect(aptInstaller('nginx', { root: () => true, hasApt: () => false, run }).available()).toBe(false);
    const apt = aptInstaller('nginx', { root: () => true, hasApt: () => true, run });
    expect(apt.available()).toBe(true);
    expect(apt.run()).toBe(true);
    expect(calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq nginx']);
  });

  it("Playwright's installer adds the system libraries only as root, and gives up on a dead connection quickly", () => {
    const calls = [];
    const run = (command, args, options) => (calls.push({ line: [command, ...args].join(' '), options }), false);
    playwrightInstaller({ root: () => false, run }).run();
    playwrightInstaller({ root: () => true, run }).run();
    expect(calls.map((c) => c.line)).toEqual(['npx playwright install chromium', 'npx playwright install --with-deps chromium']);
    expect(Number(calls[0].options.env.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT)).toBeLessThanOrEqual(10_000);
  });

  it('tries no installer that is not available', () => {
    const ran = [];
    const result = ensureTool({ find: () => null, installers: [{ title: 'x', available: () => false, run: () => ran.push('x') }], missing: 'install x', log: () => {} });
    expect(result).toEqual({ error: 'install x' });
    expect(ran).toEqual([]);
  });
});

describe('findNginx / ensureNginx', () => {
  it('takes NGINX_PATH, then Debian, then PATH', () => {
    expect(findNginx({ env: { NGINX_PATH: '/opt/nginx' }, exists: only('/opt/nginx', '/usr/sbin/nginx') })).toEqual({ path: '/opt/nginx', from: 'NGINX_PATH' });
    expect(findNginx({ env: { PATH: '/usr/local/bin:/usr/bin' }, exists: only('/usr/sbin/nginx', '/usr/local/bin/nginx') })?.path).toBe('/usr/sbin/nginx');
    expect(findNginx({ env: { PATH: '/usr/local/bin:/usr/bin' }, exists: only('/usr/local/bin/nginx') })).toEqual({ path: '/usr/local/bin/nginx', from: 'PATH' });
    expect(findNginx({ env: { PATH: '/usr/bin' }, exists: only() })).toBeNull();
  });

  it('installs Debian nginx as root, else says what to install in one line', () => {
    const files = new Set();
    const find = () => findNginx({ env: { PATH: '' }, exists: (f) => files.has(f) });
    const apt = aptInstaller('nginx', { root: () => true, hasApt: () => true, run: () => (files.add('/usr/sbin/nginx'), true) });
    expect(ensureNginx({ find, installers: [apt], log: () => {} }).path).toBe('/usr/sbin/nginx');
    files.clear();
    const notRoot = aptInstaller('nginx', { root: () => false, hasApt: () => true });
    expect(ensureNginx({ find, installers: [notRoot], log: () => {} })).toEqual({ error: MISSING_NGINX });
    expect(MISSING_NGINX).toContain('apt-get install -y nginx');
  });
});

describe('nginxTestConfig', () => {
  it('serves the build through site.conf on a loopback port, with its own pid and temp paths', () => {
    const conf = nginxTestConfig({ port: 3210, root: '/work/out', runDir: '/tmp/run', mimeTypes: '/etc/nginx/mime.types' });
    expect(conf).toContain('listen 127.0.0.1:3210;');
    expect(conf).toContain('root /work/out;');
    expect(conf).toContain('include port-guide/site.conf;');
    expect(conf).toContain('include port-guide/maps.conf;');
    expect(conf).toContain('pid /tmp/run/nginx.pid;');
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) expect(conf).toContain(`${temp}_temp_path /tmp/run/${temp};`);
    expect(conf).not.toContain('hsts.conf');
  });
});
