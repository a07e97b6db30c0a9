// Content pages need no JavaScript: they are plain HTML and CSS with links,
// anchors and a native <details> menu. Next still adds its runtime (about
// 140 KB compressed) and the page's React payload to every page, so the
// post-build step takes them out of every page that does not ask for them.
// A page keeps its scripts when an element carries `data-needs-js` (the
// preparation planner renders it). Plain functions, so they can be unit-tested
// and reused by the benchmark's plain-HTML copy.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
// JSON-LD and other data blocks are never run, and search engines read them.
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;
const LINK = /<link\b[^>]*>/gi;
const MODULE_PRELOAD = /\brel\s*=\s*["']?modulepreload\b/i;
const PRELOAD_AS_SCRIPT = /(?=[^>]*\brel\s*=\s*["']?preload\b)[^>]*\bas\s*=\s*["']?script\b/i;
const NEEDS_JS = /<[a-z][a-z0-9-]*\b[^>]*\sdata-needs-js(?=[\s=/>])/i;

/** Whether a page asks to keep its scripts. Text inside scripts (React's payload) does not count. */
export function needsJavaScript(html) {
  return NEEDS_JS.test(html.replace(SCRIPT, ''));
}

/** The page without executable scripts or script preloads; JSON-LD and everything else is kept as is. */
export function withoutScripts(html) {
  return html.replace(SCRIPT, (tag, attributes) => (DATA_BLOCK.test(attributes) ? tag : '')).replace(LINK, (tag) => (MODULE_PRELOAD.test(tag) || PRELOAD_AS_SCRIPT.test(tag) ? '' : tag));
}

/** What the post-build step writes for one page: scripts only where the page needs them. */
export function staticPage(html) {
  if (needsJavaScript(html)) return { html, keptScripts: true };
  return { html: withoutScripts(html), keptScripts: false };
}
