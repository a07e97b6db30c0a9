// Pages need no framework: content pages are plain HTML and CSS with links,
// anchors and a native <details> menu, and the one interactive part (the
// preparation planner) is a few KB of our own script. Next still adds its
// runtime (about 140 KB compressed) and the page's React payload to every
// page, so the post-build step takes every one of its scripts out of every
// page. A page that needs one of our scripts says so by name on an element,
// `data-needs-js="planner"`, and gets exactly that script, fetched only after
// the page has loaded and painted (see scriptLoader). Plain functions, so they
// can be unit-tested and reused by the benchmark's plain copy.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
// JSON-LD and other data blocks are never run, and search engines read them.
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;
const LINK = /<link\b[^>]*>/gi;
const MODULE_PRELOAD = /\brel\s*=\s*["']?modulepreload\b/i;
const PRELOAD_AS_SCRIPT = /(?=[^>]*\brel\s*=\s*["']?preload\b)[^>]*\bas\s*=\s*["']?script\b/i;
const NEEDS_JS = /<[a-z][a-z0-9-]*\b[^>]*\sdata-needs-js(?=[\s=/>])(?:\s*=\s*["']?([a-z0-9-]*))?/i;

/**
 * The name of our script a page asks for (`data-needs-js="planner"` → "planner"),
 * "" for a bare `data-needs-js`, or null. Text inside scripts (React's payload) does not count.
 */
export function neededScript(html) {
  const match = NEEDS_JS.exec(html.replace(SCRIPT, ''));
  return match ? (match[1] ?? '') : null;
}

/** The page without executable scripts or script preloads; JSON-LD and everything else is kept as is. */
export function withoutScripts(html) {
  return html.replace(SCRIPT, (tag, attributes) => (DATA_BLOCK.test(attributes) ? tag : '')).replace(LINK, (tag) => (MODULE_PRELOAD.test(tag) || PRELOAD_AS_SCRIPT.test(tag) ? '' : tag));
}

/**
 * What the post-build step writes for one page: no framework script, plus our
 * own script where the page names one. `ourScripts` maps names to the URL paths
 * the build wrote them at; a name the build did not make fails the build.
 */
export function staticPage(html, ourScripts = {}) {
  const clean = withoutScripts(html);
  const name = neededScript(html);
  if (name === null) return { html: clean, script: null };
  const src = Object.hasOwn(ourScripts, name) ? ourScripts[name] : undefined;
  if (!src) throw new Error(`A page asks for script "${name}" (data-needs-js) but the build made only: ${Object.keys(ourScripts).join(', ') || 'none'}`);
  return { html: clean.replace(/<\/body>/i, () => `<script>${scriptLoader(src)}</script></body>`), script: src };
}

/**
 * A one-line inline script that adds our module script only after the page's
 * load event and the next frame, at low priority. Even a low-priority module in
 * the HTML is fetched and run while the page is still painting, which on a slow
 * phone pushed the preparation page's largest paint to 1.4x the plain copy's.
 * It runs while the body is parsed, always before the load event. The form
 * works as plain HTML until then. Inline, so the CSP allows it by
 * its sha-256 hash, computed from the built page (lib/build/security-headers.mjs).
 */
export function scriptLoader(src) {
  const url = JSON.stringify(src).replace(/</g, '\\u003c');
  return `(()=>{const add=()=>requestAnimationFrame(()=>setTimeout(()=>{const s=document.createElement("script");s.type="module";s.src=${url};s.fetchPriority="low";document.body.append(s)}));addEventListener("load",add,{once:true})})()`;
}
