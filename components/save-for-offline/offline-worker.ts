/**
 * The service worker of the offline copy, registered only when a patient
 * presses "Save this guide on this phone" (/save-for-offline). The post-build
 * step bundles it to /offline-worker.js with the build's settings written in
 * (static-export/postbuild/offline-copy.mjs): the build id, every file to
 * save, the clinic phone and the banner's words.
 *
 * - install: saves every file of the list in a cache named by the build, and
 *   the moment it was saved; a file that cannot be fetched fails the install
 *   (the page says so), so a copy is whole or not there.
 * - activate: deletes the caches of older builds, so a new deploy replaces
 *   the copy the first time the patient is online (the browser checks this
 *   file on every visit; it is served no-cache).
 * - a page: the network first, for up to NETWORK_TIMEOUT_MS; then the saved
 *   page with a banner saying when it was saved (or that it is too old),
 *   written into the HTML, so the page itself still runs no script.
 * - anything else of ours: the saved file, else the network, as the page
 *   asked. Other sites' requests are never touched (the pages make none).
 *
 * It asks for nothing but the site's own files, and stores nothing about the
 * patient. The decisions are plain functions in lib/offline/saved-copy.ts.
 */
import { cacheNameFor, CACHE_PREFIX, NETWORK_TIMEOUT_MS, SAVED_AT_KEY, savedPageHtml, savedPathFor, type OfflineSettings } from '@/lib/offline/saved-copy';

declare const __OFFLINE_SETTINGS__: OfflineSettings;

type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith(response: Promise<Response>): void };
type WorkerScope = {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const worker = self as unknown as WorkerScope;
const settings = __OFFLINE_SETTINGS__;
const CACHE = cacheNameFor(settings.buildId);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Past the HTTP cache: the copy is this build's files as the server has them now.
      await cache.addAll(settings.files.map((file) => new Request(file, { cache: 'reload' })));
      await cache.put(SAVED_AT_KEY, new Response(String(Date.now())));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

/** The network's answer, or a failure once it has taken too long. */
function fromNetwork(request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function savedPage(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const path = savedPathFor(request.url);
  const saved = await cache.match(path);
  if (!saved) return Response.error();
  const savedAt = Number(await (await cache.match(SAVED_AT_KEY))?.text());
  const html = savedPageHtml(await saved.text(), path, savedAt, Date.now(), settings);
  // The page's own headers (its CSP among them), less those about the bytes as they were sent.
  const headers = new Headers(saved.headers);
  for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified']) headers.delete(name);
  return new Response(html, { status: 200, headers });
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromNetwork(request).catch(() => savedPage(request)));
    return;
  }
  event.respondWith(
    (async () => (await (await caches.open(CACHE)).match(request, { ignoreSearch: false })) ?? fetch(request))(),
  );
});
