// What clinics deploy: nginx (deploy/nginx/) serves exactly the headers
// `npm start` does, the production server file loads, each build has its own
// nginx files, and _headers (Netlify, Cloudflare Pages) stays within
// Cloudflare's rules. Runs once, in the "nginx" project, after both builds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { headersFileProblems, headersForPath, parseHeadersFile } from '../../static-export/headers/headers-file.mjs';
import { findNginx, mimeTypesFor } from '../../scripts/test-setup/nginx.mjs';
import { expect, searchPaths, siteLanguages, sitePages, sitePaths, STAFF_PATHS, test } from './fixtures';
import type { LanguageCode } from '../../lib/i18n/languages.mjs';
import { htmlAddress, pick, policyHeaders } from './headers';
import { NGINX_URL, SECOND_CLINIC_URL, SITE_URL } from './servers';

const BUILDS = [
  // Expected HSTS values written out here: the default clinic asks for nothing, the second clinic's fixture opts in.
  // Languages too: the default clinic builds English and Spanish, the second clinic English only.
  // And the review pack's clinic values and sign-off: the default clinic writes no aftercare and has not signed; the second clinic has both.
  {
    name: 'default clinic',
    out: 'out',
    server: SITE_URL,
    hsts: 'max-age=63072000',
    languages: ['en', 'es'] as LanguageCode[],
    packValues: [
      'fasting.solidFoodHoursBefore: 6',
      'fasting.fattyFoodHoursBefore: 8',
      'aftercare.feverCelsius: 38.0 (default)',
      'aftercare.dressingDays: 3 (default)',
      'aftercare.flushIntervalWeeks: 4 (default)',
      'languages: ["en", "es"]',
    ],
    packSignOff: 'Not signed yet.',
  },
  {
    name: 'second clinic',
    out: 'out-second-clinic',
    server: SECOND_CLINIC_URL,
    hsts: 'max-age=63072000; includeSubDomains; preload',
    languages: ['en'] as LanguageCode[],
    packValues: [
      'fasting.solidFoodHoursBefore: 8',
      'aftercare.feverCelsius: 38.5',
      'aftercare.dressingDays: 2',
      'aftercare.flushIntervalWeeks: 12',
      'languages: ["en"] (default)',
    ],
    packSignOff: 'Checked for Harbour Point Imaging by Dr. Ana Reyes, Nurse educator, oncology, on 2026-11-30',
  },
];

/** The review pack's text, tags taken out (its own markup is small and known: static-export/postbuild/review-pack-html.mjs). */
const packText = (out: string) => fs.readFileSync(`${out}-deploy/review-pack.html`, 'utf8').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

test('nginx sends every page, the 404 page and a bad link the same headers as npm start', async () => {
  const pages = [...sitePaths(), ...searchPaths(), ...STAFF_PATHS];
  const paths = [...pages, ...pages.map(htmlAddress), '/no-such-page', '/404', '/aftercare/'];
  for (const pagePath of paths) {
    const [ours, nginx] = await Promise.all([policyHeaders(`${SITE_URL}${pagePath}`), policyHeaders(`${NGINX_URL}${pagePath}`)]);
    expect(nginx.status, pagePath).toBe(ours.status);
    // A redirect's Location is relative on one and absolute on the other: both lead to the same path.
    if (ours.headers.location) {
      expect(new URL(nginx.headers.location!, NGINX_URL).pathname, pagePath).toBe(ours.headers.location);
      delete ours.headers.location;
      delete nginx.headers.location;
      // nginx's own redirect body is a small HTML page; ours has none.
      delete nginx.headers['content-type'];
    }
    expect(nginx.headers, pagePath).toEqual(ours.headers);
  }
});

test('nginx sends files the same policy headers as npm start', async () => {
  // A content-hashed file: the planner script the preparation page's loader adds (pages carry their CSS inline).
  const page = await (await fetch(`${SITE_URL}/preparation`)).text();
  const hashed = /"(\/_planner\/[^"]+\.js)"/.exec(page)?.[1];
  expect(hashed).toBeTruthy();
  // Content types and Vary differ by file type between the two (each server's own type table); the policy must not.
  for (const file of [hashed!, '/icon.svg', '/apple-touch-icon.png', '/robots.txt', '/sitemap.xml', '/opengraph-image', '/aftercare/opengraph-image', '/no-such-file.css']) {
    const [ours, nginx] = await Promise.all([policyHeaders(`${SITE_URL}${file}`), policyHeaders(`${NGINX_URL}${file}`)]);
    expect(nginx.status, file).toBe(ours.status);
    expect(pick(nginx.headers), file).toEqual(pick(ours.headers));
  }
  expect((await policyHeaders(`${NGINX_URL}/aftercare/opengraph-image`)).headers['content-type']).toBe('image/png');
});

test('the production server file, deploy/nginx/port-guide.conf, loads in nginx (nginx -t)', () => {
  const nginx = findNginx();
  expect(nginx && 'path' in nginx, 'nginx found').toBe(true);
  const nginxPath = (nginx as { path: string }).path;
  // A folder laid out like /etc/nginx/: the build's files as port-guide/, the site file
  // as shipped except its certificate lines, which point at a throwaway test certificate.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'port-guide-nginx-t-'));
  try {
    fs.symlinkSync(path.resolve('out-deploy/nginx'), path.join(dir, 'port-guide'));
    const tls = path.resolve('tests/fixtures/nginx-tls');
    const site = fs
      .readFileSync('deploy/nginx/port-guide.conf', 'utf8')
      .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${tls}/fullchain.pem;`)
      .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${tls}/privkey.pem;`);
    expect(site).toContain(`${tls}/privkey.pem`);
    fs.writeFileSync(path.join(dir, 'port-guide.conf'), site);
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  include ${mimeTypesFor(nginxPath)};\n  include port-guide.conf;\n}\n`,
    );
    const result = spawnSync(nginxPath, ['-t', '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

for (const build of BUILDS) {
  test.describe(`${build.name} build`, () => {
    const nginxDir = `${build.out}-deploy/nginx`;

    test(`has its own nginx files in ${nginxDir}/, with this build's policies`, async () => {
      expect(fs.readFileSync(`${nginxDir}/site.conf`, 'utf8')).toBe(fs.readFileSync('deploy/nginx/site.conf', 'utf8'));
      const maps = fs.readFileSync(`${nginxDir}/maps.conf`, 'utf8');
      for (const pagePath of [...sitePaths(build.languages), ...searchPaths(build.languages), ...STAFF_PATHS]) {
        const served = (await fetch(`${build.server}${pagePath}`)).headers.get('content-security-policy');
        expect(maps, pagePath).toContain(`"${pagePath}" "${served}";`);
      }
      expect(fs.readFileSync(`${nginxDir}/security-headers.conf`, 'utf8')).toMatch(/^add_header Content-Security-Policy \$port_guide_csp always;$/m);
    });

    test(`has its own review pack in ${build.out}-deploy/review-pack.html: this clinic's values by key, every page, its sign-off`, () => {
      const html = fs.readFileSync(`${build.out}-deploy/review-pack.html`, 'utf8');
      const text = packText(build.out);
      for (const value of build.packValues) expect(text, value).toContain(value);
      expect(text).toContain(build.packSignOff);
      // First the shared clinical sentences of each language (content/clinical-wording/), with their review date,
      // then one section per page of the site, in reading order: each English page, then its translation.
      expect(text).toContain('Shared clinical sentences (English)');
      expect(text).toContain('Last reviewed 2026-12-02, by Port Guide clinical content team.');
      expect(text).toMatch(/emergencyLead\s*:\s*Call \{number\} now if you have any of these:/);
      const ids = [...html.matchAll(/<section class="guide-page" id="([^"]+)"/g)].map((match) => match[1]);
      const expected = [
        ...build.languages.map((lang) => `clinical-wording-${lang}`),
        ...sitePages(['en']).flatMap(({ neutral }) => build.languages.map((lang) => `${lang}-${neutral === '/' ? 'home' : neutral.slice(1)}`)),
      ];
      expect(ids).toEqual(expected);
      expect(html.match(/<section class="sign-off"/g)).toHaveLength(expected.length);
    });

    test(`sends HSTS over HTTPS only as its config asks: ${build.hsts}`, () => {
      expect(fs.readFileSync(`${nginxDir}/hsts.conf`, 'utf8')).toContain(`add_header Strict-Transport-Security "${build.hsts}" always;\n`);
      expect(fs.readFileSync(`${nginxDir}/security-headers.conf`, 'utf8')).not.toContain('Strict-Transport-Security');
      const all = parseHeadersFile(fs.readFileSync(`${build.out}/_headers`, 'utf8')).find((rule) => rule.pattern === '/*')!;
      expect(all.headers.find((h) => h.name === 'Strict-Transport-Security')?.value).toBe(build.hsts);
    });

    // The runtime itself (cloudflare.spec.ts) serves the default build; this reads each build's file as Cloudflare applies it (headersForPath).
    test('has a _headers file Cloudflare Pages takes as it is, with each page the CSP the server sends', async () => {
      const text = fs.readFileSync(`${build.out}/_headers`, 'utf8');
      expect(headersFileProblems(text)).toEqual([]);
      const rules = parseHeadersFile(text);
      for (const pagePath of [...sitePaths(build.languages), ...searchPaths(build.languages), ...STAFF_PATHS, '/404']) {
        const served = (await fetch(`${build.server}${pagePath}`)).headers.get('content-security-policy');
        // A page at its clean URL and its .html address; the 404 page at its own and at an unknown address.
        const addresses = pagePath === '/404' ? ['/404', '/no-such-page'] : [pagePath, htmlAddress(pagePath)];
        for (const address of addresses) expect(headersForPath(rules, address)['Content-Security-Policy'], address).toBe(served);
      }
      const all = rules.find((rule) => rule.pattern === '/*')!;
      expect(Object.fromEntries(all.headers.map((h) => [h.name, h.value]))).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Opener-Policy': 'same-origin' });
    });
  });
}

test('the review pack opens with no request and prints each page on a new sheet, ending in its one sign-off box', async ({ page }) => {
  const file = path.resolve('out-deploy/review-pack.html');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`file://${file}`);
  await page.emulateMedia({ media: 'print' });
  const sections = await page.locator('section.guide-page').evaluateAll((elements) =>
    elements.map((element) => ({
      breakBefore: getComputedStyle(element).breakBefore,
      boxes: element.querySelectorAll('.sign-off').length,
      lastIsBox: element.lastElementChild?.classList.contains('sign-off') ?? false,
    })),
  );
  // The shared clinical sentences of each language, then every page.
  expect(sections).toHaveLength(siteLanguages().length + sitePaths().length);
  for (const section of sections) expect(section).toEqual({ breakBefore: 'page', boxes: 1, lastIsBox: true });
  await expect(page.locator('section.sign-off').first()).toContainText('Changes needed:');
  await expect(page.locator('section.sign-off').first()).toContainText('Signature:');
  expect(requests).toEqual([`file://${file}`]);
});
