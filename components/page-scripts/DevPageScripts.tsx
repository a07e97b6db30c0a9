'use client';
/**
 * `npm run dev` only (the root layout renders it in development, and a build
 * never imports it): runs each page's own script as the built site does.
 * A build strips Next's scripts and adds ours after the post-build step
 * (static-export/postbuild/); `next dev` has no post-build step, so this
 * client component imports each script that the page's data-needs-js
 * elements name, from the same registry, and starts each of its elements once.
 * It runs after React has hydrated the page, so the script's changes to the
 * page never meet React's. After editing a page script, reload the page:
 * next dev recompiles it at once, but its hot update does not restart the
 * elements the old code started (measured on Next 16.4: the update arrives,
 * nothing calls `start` again).
 */
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { PAGE_SCRIPTS } from './page-scripts.mjs';

type Start = (root: HTMLElement) => boolean;

/** Each element started, with the module that started it: kept on window, so it outlives a hot update of this file. */
const started: WeakMap<Element, unknown> = ((globalThis as { __devPageScripts?: WeakMap<Element, unknown> }).__devPageScripts ??= new WeakMap());

/**
 * React cannot hydrate a <template>: the HTML parser puts its markup in
 * `template.content`, where React does not look, so next dev reports a
 * hydration mismatch on a page with one and renders the page again in the
 * browser, this time with the markup as the template's children. The page
 * scripts read `template.content`, as in the built page, so it goes back there.
 */
function keepTemplatesInert(root: HTMLElement) {
  for (const template of root.querySelectorAll('template')) {
    if (template.childNodes.length > 0) template.content.append(...template.childNodes);
  }
}

async function startScript(name: string) {
  if (!Object.hasOwn(PAGE_SCRIPTS, name)) {
    console.error(`data-needs-js="${name}" names no page script (components/page-scripts/page-scripts.mjs has ${Object.keys(PAGE_SCRIPTS).join(', ')}); a build would fail.`);
    return;
  }
  const script = PAGE_SCRIPTS[name]!;
  const pageModule = await script.load();
  for (const root of document.querySelectorAll<HTMLElement>(script.selector)) {
    keepTemplatesInert(root);
    const by = started.get(root);
    if (by === pageModule) continue; // React's strict mode runs effects twice
    // An element that older code started has that code's listeners: only a fresh page is right.
    if (by !== undefined) return location.reload();
    started.set(root, pageModule);
    (pageModule[script.start] as Start)(root);
  }
}

export function DevPageScripts() {
  const pathname = usePathname();
  useEffect(() => {
    const names = new Set([...document.querySelectorAll<HTMLElement>('[data-needs-js]')].map((element) => element.dataset.needsJs ?? ''));
    for (const name of names) void startScript(name);
  }, [pathname]);
  return null;
}
