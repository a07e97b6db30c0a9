// How each kind of host the browser tests run on answers the addresses whose
// handling is the host's own, which no header file can change. `npm start`
// and nginx (deploy/nginx/site.conf) answer alike; Cloudflare Pages as
// measured on its own runtime (`wrangler pages dev`, project "cloudflare").
// docs/deploy.md lists the same differences for clinics.
export type Host = {
  /** The status of a redirect to a page's clean URL (/aftercare/ → /aftercare). */
  redirectStatus: number;
  /** Whether a page's .html address is served as the page, or redirected to its clean URL. */
  htmlAddress: 'served' | 'redirected';
  /** The status of the 404 page at its own addresses (/404, /es/404); an unknown address is 404 everywhere. */
  notFoundPageStatus: number;
  /** The Cache-Control of a 404 answer, when the host sets its own over ours. */
  notFoundCacheControl?: string;
  /** Whether HSTS is sent here: _headers carries it for HTTPS hosts, and Cloudflare sends it over http:// too (browsers ignore it there). */
  sendsHsts: boolean;
};

export const OUR_SERVERS: Host = { redirectStatus: 301, htmlAddress: 'served', notFoundPageStatus: 404, sendsHsts: false };

export const CLOUDFLARE_PAGES: Host = {
  redirectStatus: 308,
  htmlAddress: 'redirected',
  // /404 is the file 404.html at its clean URL, so a plain page to Cloudflare; no link leads there.
  notFoundPageStatus: 200,
  notFoundCacheControl: 'no-store',
  sendsHsts: true,
};
