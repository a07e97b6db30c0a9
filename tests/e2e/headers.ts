// Answers as header comparisons need them, for deploy.spec.ts (nginx) and
// cloudflare.spec.ts: status and headers of one request, redirects not followed.

// Headers that describe one transfer, not the site's policy: they differ between any two servers.
export const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'etag', 'last-modified', 'accept-ranges', 'server']);

/** The security and cache headers: what every host must send a file alike, whatever its own type table. */
export const POLICY_HEADERS = [
  'content-security-policy',
  'cache-control',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'x-frame-options',
  'strict-transport-security',
  'access-control-allow-origin',
];

export type Answer = { status: number; headers: Record<string, string> };

export async function policyHeaders(url: string): Promise<Answer> {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' }, redirect: 'manual' });
  await response.arrayBuffer();
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !TRANSPORT.has(name)));
  return { status: response.status, headers };
}

/** Only the named headers of an answer (absent ones as undefined, so a header sent by one side only fails). */
export const pick = (headers: Record<string, string>, names: string[] = POLICY_HEADERS) => Object.fromEntries(names.map((name) => [name, headers[name]]));

/** A page's .html address: /index.html for the home page, /aftercare.html, /es.html. */
export const htmlAddress = (pagePath: string) => (pagePath === '/' ? '/index.html' : `${pagePath}.html`);
