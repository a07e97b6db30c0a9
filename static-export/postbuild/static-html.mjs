// Pages need no framework: content pages are plain HTML and CSS with links,
// anchors and a native <details> menu, and the one interactive part (the
// preparation planner) is a few KB of our own script. Next still adds its
// runtime (about 140 KB compressed) and the page's React payload to every
// page, so the post-build step takes every one of its scripts out of every
// page. A page that needs one of our scripts says so by name on an element,
// `data-needs-js="planner"`, and gets exactly that script, fetched only after
// the page has loaded and painted (see scriptLoader). Plain functions, so they
// can be unit-tested and reused by the benchmark's plain copy.
//
// Every question about a page's scripts is answered from one parse by parse5,
// the WHATWG-conformant parser jsdom and rehype use, so stripping scripts here
// and hashing what remains for the CSP (static-export/headers/security-headers.mjs) see
// the same elements a browser sees: not text in comments or attribute values,
// not `data-src=`, whatever the case or spacing of an end tag. Scripts are cut
// out of the original text at the parser's source offsets, so every other byte
// of the page stays exactly as Next wrote it (nothing is re-serialised).
import { parse } from 'parse5';

// The only scripts that may stay in a built page: JSON-LD data blocks (browsers
// never run them; search engines read them), our own loader (staticPage) and,
// on a page with a staff link's times box, the mark in <head> (appointmentMark).
const KEPT_DATA_TYPES = new Set(['application/ld+json']);
// Types browsers treat as data blocks, never run: no CSP source needed.
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** An element's attribute value, or undefined. */
export const attribute = (element, name) => element.attrs?.find((attr) => attr.name === name)?.value;

/** Every element in document order, including those inside <template> contents. */
export function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elementsOf(child);
    if (child.content) yield* elementsOf(child.content);
  }
}

/** Every comment in document order ("$?" and "$!" are React's pending-boundary markers). */
function* commentsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === '#comment') yield child;
    yield* commentsOf(child);
    if (child.content) yield* commentsOf(child.content);
  }
}

/** The parsed page, with each node's place in the source text. */
export function parsePage(html) {
  return parse(html, { sourceCodeLocationInfo: true });
}

/**
 * Every <script> in a page (HTML or SVG) as the browser parses it: `text` is
 * exactly what an inline script runs (after the parser's newline
 * normalisation), which is what a CSP hash must cover.
 */
export function scriptsOf(document) {
  return [...elementsOf(document)]
    .filter((element) => element.tagName === 'script')
    .map((element) => {
      const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
      const src = attribute(element, 'src');
      return {
        element,
        type,
        src,
        text: element.childNodes.map((child) => child.value ?? '').join(''),
        isData: DATA_TYPES.has(type),
      };
    });
}

/** Every <style> in a page (HTML or SVG), with the text the browser applies. */
export function stylesOf(document) {
  return [...elementsOf(document)]
    .filter((element) => element.tagName === 'style')
    .map((element) => ({ element, text: element.childNodes.map((child) => child.value ?? '').join('') }));
}

const isScriptPreload = (element) => {
  const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && (attribute(element, 'as') ?? '').toLowerCase() === 'script');
};

/** Cuts the given elements out of the source text, from the end so earlier offsets stay valid (scripts and links never nest). */
function cut(html, elements) {
  const ranges = elements.map((element) => [element.sourceCodeLocation.startOffset, element.sourceCodeLocation.endOffset]).sort((a, b) => b[0] - a[0]);
  let result = html;
  for (const [start, end] of ranges) result = result.slice(0, start) + result.slice(end);
  return result;
}

/**
 * The name of our script a page asks for (`data-needs-js="planner"` → "planner"),
 * "" for a bare `data-needs-js`, or null. Only a real attribute counts, not the
 * words in text or in React's payload.
 */
export function neededScript(html) {
  const element = [...elementsOf(parsePage(html))].find((el) => attribute(el, 'data-needs-js') !== undefined);
  return element ? attribute(element, 'data-needs-js') : null;
}

/** The page without any script but JSON-LD data blocks, and without script preloads; everything else is kept byte for byte. */
export function withoutScripts(html) {
  const document = parsePage(html);
  const scripts = scriptsOf(document).filter((script) => !(KEPT_DATA_TYPES.has(script.type) && script.src === undefined));
  const preloads = [...elementsOf(document)].filter((element) => element.tagName === 'link' && isScriptPreload(element));
  return cut(html, [...scripts.map((script) => script.element), ...preloads]);
}

/**
 * Fails the build if a page would not work as it is served: a streamed
 * segment React hid for its script to reveal (`<div hidden id="S:0">`, or a
 * boundary still pending, `<!--$?-->`), or any script but JSON-LD and `loader`.
 */
export function checkStaticPage(html, { loader = null, mark = null, file = 'a page' } = {}) {
  const document = parsePage(html);
  const problems = [];
  for (const element of elementsOf(document)) {
    const id = attribute(element, 'id') ?? '';
    if (attribute(element, 'hidden') !== undefined && /^S:/.test(id)) {
      problems.push(`a streamed segment <${element.tagName} hidden id="${id}"> that only Next's script would reveal`);
    }
    for (const { name } of element.attrs ?? []) {
      if (/^on/i.test(name)) problems.push(`an inline event handler ${name}= on <${element.tagName}>`);
    }
  }
  for (const comment of commentsOf(document)) {
    if (comment.data === '$?' || comment.data === '$!') problems.push(`a Suspense boundary React left unfinished (<!--${comment.data}-->)`);
  }
  for (const script of scriptsOf(document)) {
    const ours = (text) => text !== null && script.type === '' && script.text === text;
    const allowed = script.src === undefined && (KEPT_DATA_TYPES.has(script.type) || ours(loader) || ours(mark));
    if (!allowed) problems.push(`a script that is neither JSON-LD nor our loader: <script${script.type ? ` type="${script.type}"` : ''}${script.src ? ` src="${script.src}"` : ''}>${script.text.slice(0, 60)}`);
  }
  if (problems.length) throw new Error(`${file} would be served with ${problems.join('; ')}. Pages must work without Next's runtime (static-export/postbuild/static-html.mjs).`);
}

/**
 * What the post-build step writes for one page: no framework script, plus our
 * own script where the page names one. `ourScripts` maps names to the URL paths
 * the build wrote them at; a name the build did not make fails the build, and
 * so does anything checkStaticPage finds.
 */
export function staticPage(html, ourScripts = {}, file = 'a page') {
  const clean = withoutScripts(html);
  const name = neededScript(clean);
  if (name === null) {
    checkStaticPage(clean, { file });
    return { html: clean, script: null };
  }
  const src = Object.hasOwn(ourScripts, name) ? ourScripts[name] : undefined;
  if (!src) throw new Error(`${file} asks for script "${name}" (data-needs-js) but the build made only: ${Object.keys(ourScripts).join(', ') || 'none'}`);
  const loader = scriptLoader(src);
  const elements = [...elementsOf(parsePage(clean))];
  const body = elements.find((element) => element.tagName === 'body');
  const at = body?.sourceCodeLocation?.endTag?.startOffset ?? clean.length;
  let result = `${clean.slice(0, at)}<script>${loader}</script>${clean.slice(at)}`;
  // A page with a staff link's times box gets the mark first thing in <head>, after the charset.
  const mark = elements.some((element) => attribute(element, 'data-linked-times') !== undefined) ? appointmentMark() : null;
  if (mark !== null) {
    const head = elements.find((element) => element.tagName === 'head');
    const charset = elements.find((element) => element.tagName === 'meta' && attribute(element, 'charset') !== undefined);
    const markAt = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
    if (markAt === undefined) throw new Error(`${file} has a times box (data-linked-times) but no <head> for its mark`);
    result = `${result.slice(0, markAt)}<script>${mark}</script>${result.slice(markAt)}`;
  }
  checkStaticPage(result, { loader, mark, file });
  return { html: result, script: src };
}

/**
 * A tiny inline script for <head> on a page with a staff link's times box
 * (components/preparation-planner/LinkedTimes.tsx): before the first paint it
 * marks <html data-appointment-link> when the address carries a well-formed
 * `appointment` (a real date and time, not more than a day ago, the planner's
 * own checks in lib/planner/appointment-times.ts, without the clinic's zone),
 * so CSS reserves the box from the first frame and the planner, arriving after
 * load, fills it without moving anything. The page script cannot do this: it
 * loads after the load event on purpose, and CSS cannot read the address. A
 * link only the planner can reject (a time that passed today, or one skipped
 * by a clock change) gets its message in the box. Allowed by its sha-256 hash,
 * like the loader.
 */
export function appointmentMark() {
  return '(()=>{const m=/^\\s*(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d)\\s*$/.exec(new URLSearchParams(location.search).get("appointment")||"");if(!m)return;const[,y,mo,d,h]=m.map(Number),t=Date.UTC(y,mo-1,d,h,+m[5]),w=new Date(t);if(w.getUTCMonth()==mo-1&&w.getUTCDate()==d&&w.getUTCHours()==h&&t>Date.now()-864e5)document.documentElement.dataset.appointmentLink=""})()';
}

/**
 * A one-line inline script that adds our module script only once the page has
 * loaded and its first contentful paint is on the screen, at low priority.
 * Even a low-priority module in the HTML is fetched and run while the page is
 * still painting, which on a slow phone pushed the preparation page's largest
 * paint to 1.4x the plain copy's; "after load and a frame" still fetched it
 * before the paint was shown, because a small page's load event comes before
 * its first frame. The browser's own paint timing says when the paint is
 * shown; where it has none (Safari before 14.1), or it never comes (a page
 * opened in a background tab), the script is added a second after load. The
 * form works as plain HTML until then. Inline, so the CSP allows it by its
 * sha-256 hash, computed from the built page (static-export/headers/security-headers.mjs).
 */
export function scriptLoader(src) {
  const url = JSON.stringify(src).replace(/</g, '\\u003c');
  return `(()=>{let done=0;const add=()=>{if(done++)return;const s=document.createElement("script");s.type="module";s.src=${url};s.fetchPriority="low";document.body.append(s)};addEventListener("load",()=>{setTimeout(add,1e3);if((PerformanceObserver.supportedEntryTypes||[]).includes("paint"))new PerformanceObserver((l,o)=>{if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(add)}}).observe({type:"paint",buffered:true})},{once:true})})()`;
}
