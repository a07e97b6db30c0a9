// What clinics deploy on Cloudflare Pages: the default build and its _headers,
// served by Cloudflare's own runtime (`wrangler pages dev`, workerd, started
// by scripts/serve/serve-cloudflare.mjs), send what `npm start` sends. Requests
// only, no page loads (privacy-security.spec.ts loads the pages in this
// project). Where Cloudflare answers in its own way no _headers can change
// (hosts.ts, CLOUDFLARE_PAGES), the expected answer is `npm start`'s changed
// by exactly that, and nothing else may differ.
import { expect, missingPaths, searchPaths, sitePaths, STAFF_PATHS, test } from './fixtures';
import { htmlAddress, pick, policyHeaders, type Answer } from './headers';
import { CLOUDFLARE_PAGES as HOST } from './hosts';
import { CLOUDFLARE_URL, SITE_URL } from './servers';

// The default clinic's HSTS (it asks for nothing more; deploy.spec.ts checks both builds' files).
const DEFAULT_HSTS = 'max-age=63072000';
// Not compared: `x-server-env` is sent by `wrangler pages dev` only, not by Cloudflare's edge; and
// compression is the host's own (the edge compresses as it likes; wrangler gzips even a redirect, and sends no Vary).
const HOSTS_OWN = ['x-server-env', 'vary', 'content-encoding'];

const PAGES = [...sitePaths(), ...searchPaths(), ...STAFF_PATHS];

/** Where Cloudflare's own rules redirect a path that `npm start` serves, or undefined. */
function cloudflareRedirect(pagePath: string, ours: Answer): string | undefined {
  if (ours.status === 301) return ours.headers.location;
  const page = PAGES.find((p) => htmlAddress(p) === pagePath);
  if (page) return page;
  if (pagePath === '/404.html') return '/404';
  return undefined;
}

/** `npm start`'s answer as Cloudflare Pages gives it: its redirects, its 404 page status, its 404 cache, and HSTS. */
function expectedOnCloudflare(pagePath: string, ours: Answer): Answer & { location?: string } {
  const headers: Record<string, string> = { ...ours.headers, 'strict-transport-security': DEFAULT_HSTS };
  for (const name of ['location', ...HOSTS_OWN]) delete headers[name];
  const location = cloudflareRedirect(pagePath, ours);
  if (location) {
    // A redirect has no body, so no type.
    delete headers['content-type'];
    return { status: HOST.redirectStatus, headers, location };
  }
  const status = pagePath === '/404' ? HOST.notFoundPageStatus : ours.status;
  if (status === 404) headers['cache-control'] = HOST.notFoundCacheControl!;
  return { status, headers };
}

async function compare(pagePath: string) {
  const [ours, cloudflare] = await Promise.all([policyHeaders(`${SITE_URL}${pagePath}`), policyHeaders(`${CLOUDFLARE_URL}${pagePath}`)]);
  const expected = expectedOnCloudflare(pagePath, ours);
  expect(cloudflare.status, pagePath).toBe(expected.status);
  const { location, ...headers } = Object.fromEntries(Object.entries(cloudflare.headers).filter(([name]) => !HOSTS_OWN.includes(name)));
  expect(location, pagePath).toBe(expected.location);
  // Exactly one policy: two rules setting it would arrive joined by a comma, two policies.
  expect(headers['content-security-policy']?.match(/default-src/g), pagePath).toHaveLength(1);
  return { expected, headers, ours };
}

test('Cloudflare Pages sends every page, its .html address, the 404 pages and a redirect the headers npm start does', async () => {
  const paths = [...PAGES, ...PAGES.map(htmlAddress), ...missingPaths(), '/404', '/404.html', '/aftercare/', '/es/aftercare/'];
  for (const pagePath of paths) {
    const { expected, headers } = await compare(pagePath);
    expect(headers, pagePath).toEqual(expected.headers);
    if (expected.status === 404) expect(headers['content-security-policy'], pagePath).toMatch(/script-src 'none'/);
  }
});

test('Cloudflare Pages sends files the security headers npm start does, and hashed files the long cache', async () => {
  // A content-hashed file: the planner script the preparation page's loader adds (pages carry their CSS inline).
  const page = await (await fetch(`${SITE_URL}/preparation`)).text();
  const hashed = /"(\/_planner\/[^"]+\.js)"/.exec(page)?.[1];
  expect(hashed).toBeTruthy();
  for (const file of [hashed!, '/icon.svg', '/apple-touch-icon.png', '/robots.txt', '/sitemap.xml', '/opengraph-image', '/aftercare/opengraph-image', '/no-such-file.css']) {
    const { expected, headers, ours } = await compare(file);
    // Other files are revalidated on every visit here (the `/*` default), where `npm start` lets them be cached an hour.
    if (expected.status === 200 && !ours.headers['cache-control']!.includes('immutable')) expected.headers['cache-control'] = 'no-cache';
    expect(pick(headers), file).toEqual(pick(expected.headers));
  }
  expect((await policyHeaders(`${CLOUDFLARE_URL}/aftercare/opengraph-image`)).headers['content-type']).toBe('image/png');
});
