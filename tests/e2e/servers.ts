// The servers the browser tests run against (started by playwright.config.ts).
// E2E_PORT lets several checkouts run their browser tests side by side.
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SECOND_CLINIC_PORT = PORT + 1;
export const UK_CLINIC_PORT = PORT + 2;
// The offline tests' own servers, which they stop to cut the network: npm start's (offline.spec.ts) and nginx's (offline-deploy.spec.ts).
export const OFFLINE_SITE_PORT = PORT + 3;
export const OFFLINE_NGINX_PORT = PORT + 13;
export const NGINX_PORT = Number(process.env.NGINX_PORT ?? PORT + 10);
// And PORT + 21 for its debugger (scripts/serve/serve-cloudflare.mjs).
export const CLOUDFLARE_PORT = Number(process.env.CLOUDFLARE_PORT ?? PORT + 20);

/** `npm start`'s server (scripts/serve/server.mjs) with the default build, out/. */
export const SITE_URL = `http://localhost:${PORT}`;
/** The same server with the second clinic's build, out-second-clinic/. */
export const SECOND_CLINIC_URL = `http://localhost:${SECOND_CLINIC_PORT}`;
/** The same server with the UK clinic's build, out-uk-clinic/. */
export const UK_CLINIC_URL = `http://localhost:${UK_CLINIC_PORT}`;
/** nginx with deploy/nginx/site.conf and the default build's generated files (scripts/serve/serve-nginx.mjs). */
export const NGINX_URL = `http://localhost:${NGINX_PORT}`;
/** Cloudflare Pages' own runtime, `wrangler pages dev`, with the default build and its _headers (scripts/serve/serve-cloudflare.mjs). */
export const CLOUDFLARE_URL = `http://localhost:${CLOUDFLARE_PORT}`;
