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

const EXTERNAL_SCRIPT = /<script\b([^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*)>\s*<\/script\s*>/gi;

/**
 * A page that needs scripts still paints its words first: Next's script files
 * are fetched only after the page has loaded (a small inline loader adds them),
 * so on a slow phone the download and start-up of the runtime never delay the
 * first paint. Next's inline scripts stay where they are: they only queue data
 * in arrays that the runtime reads when it starts. Module-less legacy copies
 * (noModule) are dropped: every browser that can run the planner supports modules.
 */
export function scriptsAfterLoad(html) {
  const sources = [];
  const withoutFiles = html.replace(EXTERNAL_SCRIPT, (tag, attributes, src) => {
    if (DATA_BLOCK.test(attributes)) return tag;
    if (!/\bnomodule\b/i.test(attributes) && !sources.includes(src)) sources.push(src);
    return '';
  });
  if (sources.length === 0) return html;
  const withoutPreloads = withoutFiles.replace(LINK, (tag) => (MODULE_PRELOAD.test(tag) || PRELOAD_AS_SCRIPT.test(tag) ? '' : tag));
  const loader =
    `<script>addEventListener("load",function(){${JSON.stringify(sources)}.forEach(function(s){` +
    `var e=document.createElement("script");e.src=s;e.async=true;document.body.appendChild(e)})})</script>`;
  return withoutPreloads.replace(/<\/body>/i, `${loader}</body>`);
}

/** What the post-build step writes for one page: scripts only where the page needs them, and after it has loaded. */
export function staticPage(html) {
  if (needsJavaScript(html)) return { html: scriptsAfterLoad(html), keptScripts: true };
  return { html: withoutScripts(html), keptScripts: false };
}
