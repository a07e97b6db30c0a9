/**
 * The script of /save-for-offline, loaded after the page's load event like
 * every page script. It registers the service worker only when the patient
 * presses "Save this guide on this phone", and "Remove the saved copy"
 * unregisters it and deletes its caches. Each step is said in the page's
 * polite live region. The words come in the page (data-offline), so the
 * script carries none. No other page has this script, so no other page can
 * register anything.
 */
import { CACHE_PREFIX, WORKER_PATH } from '@/lib/offline/saved-copy';

type Words = Record<'unsupported' | 'saving' | 'saved' | 'alreadySaved' | 'failed' | 'removing' | 'removed', string>;

function readWords(text: string | undefined): Words | null {
  try {
    const value: unknown = JSON.parse(text ?? '');
    const keys = ['unsupported', 'saving', 'saved', 'alreadySaved', 'failed', 'removing', 'removed'] as const;
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    return keys.every((key) => typeof record[key] === 'string') ? (record as Words) : null;
  } catch {
    return null;
  }
}

/** Resolves when the registration's worker is active; rejects if its install fails (a file could not be saved). */
function whenActive(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (registration.active && !registration.installing && !registration.waiting) return resolve();
      const pending = registration.installing ?? registration.waiting;
      if (!pending) return registration.active ? resolve() : reject(new Error('no worker'));
      pending.addEventListener('statechange', () => {
        if (pending.state === 'redundant') reject(new Error('install failed'));
        else check();
      }, { once: true });
    };
    check();
  });
}

async function removeCopy(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
}

export function startOfflineCopy(root: HTMLElement): boolean {
  const words = readWords(root.dataset.offline);
  const save = root.querySelector<HTMLButtonElement>('[data-offline-save]');
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  const noScript = root.querySelector<HTMLElement>('[data-offline-no-script]');
  if (!words || !save || !remove || !status || !noScript) return false;
  // The manifest (name, colour and icon for a home-screen shortcut) is linked by this script, once the
  // page is painted: Chromium fetches a manifest linked in the HTML, and its icon, as the page loads, and
  // Lighthouse counted both against its first paint (docs/performance.md). A shortcut is only offered here.
  if (root.dataset.manifest && !document.querySelector('link[rel="manifest"]')) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: root.dataset.manifest }));
  }
  const say = (text: string) => (status.textContent = text);
  noScript.hidden = true;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say(words.unsupported);
    return true;
  }
  const show = (saved: boolean) => {
    save.hidden = false;
    remove.hidden = !saved;
  };

  save.addEventListener('click', async () => {
    save.disabled = true;
    say(words.saving);
    try {
      const registration = await navigator.serviceWorker.register(WORKER_PATH, { scope: '/', updateViaCache: 'none' });
      await whenActive(registration);
      say(words.saved);
      show(true);
    } catch {
      // Leave nothing half saved behind.
      await removeCopy().catch(() => undefined);
      say(words.failed);
      show(false);
    } finally {
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    remove.disabled = true;
    say(words.removing);
    try {
      await removeCopy();
      say(words.removed);
      show(false);
      save.focus(); // the pressed button is gone: keep the keyboard on the page
    } finally {
      remove.disabled = false;
    }
  });

  // Only asks whether a copy is there already; registers nothing.
  void navigator.serviceWorker.getRegistration('/').then((registration) => {
    if (registration) say(words.alreadySaved);
    show(Boolean(registration));
    root.dataset.offlineAwake = '';
  });
  return true;
}
