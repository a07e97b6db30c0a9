// Each page carries the CSS it uses in a <style> in its <head>, instead of a
// link to the site's one stylesheet: on a first visit the stylesheet was a
// second request before the first paint, and it was the one cost Lighthouse
// found on our pages (issue 22; figures in docs/performance.md). The
// stylesheet holds every rule Tailwind and the typography plugin generate for
// any class in the sources (about 43 KB raw); usedCss keeps only the rules a
// page can use, worked out from the built page itself, so a class someone adds
// is picked up by the next build with no list to keep. The CSP allows each
// <style> by its sha-256 hash (static-export/headers/security-headers.mjs).
//
// "Can use" is decided by names, as PurgeCSS does, not by running the selector:
// a selector is kept when every tag, class, id and attribute it needs (outside
// :not()) is named somewhere in the pages or in their scripts. Names in scripts
// count because scripts add them after load: the planner sets data-filled on a
// box, the head mark sets data-appointment-link on <html> (dataset.appointmentLink),
// the staff tool gives the QR code its classes. Pseudo-classes (:hover,
// :focus-visible) and pseudo-elements never drop a rule: they depend on the
// reader, not on the page. Custom properties and @property rules no kept rule
// reads are dropped too.
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { attribute, elementsOf, parsePage } from './static-html.mjs';

const kebab = (camel) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The names one page offers to selectors: its tags, classes, ids and attribute
 * names, `var(--x)` references in its markup, and every word of its scripts'
 * text (`dataset.fooBar` also as `data-foo-bar`). `scripts`: the source text of
 * the scripts the page loads, inline or by URL.
 */
export function namesInPage(html, scripts = []) {
  const names = new Set(['html', 'head', 'body', ':root']);
  for (const element of elementsOf(parsePage(html))) {
    names.add(element.tagName.toLowerCase());
    for (const { name, value } of element.attrs ?? []) {
      names.add(name.toLowerCase());
      if (name === 'class') for (const token of value.split(/\s+/)) if (token) names.add(token);
      if (name === 'id') names.add(value);
      for (const [, property] of value.matchAll(/var\((--[\w-]+)/g)) names.add(property);
    }
    if (element.tagName === 'script' || element.tagName === 'style') {
      for (const child of element.childNodes ?? []) if (child.value) scripts = [...scripts, child.value];
    }
  }
  for (const text of scripts) {
    for (const [word] of text.matchAll(/[A-Za-z_][\w-]*/g)) {
      names.add(word);
      names.add(word.toLowerCase());
      if (/[A-Z]/.test(word)) names.add(`data-${kebab(word)}`);
    }
  }
  return names;
}

const ALTERNATIVES = new Set([':is', ':where', ':matches', ':has', ':-webkit-any', ':-moz-any']);

/** Whether a parsed selector (one of a list) needs only names in `names`. */
function couldMatch(selector, names) {
  for (const node of selector.nodes) {
    if (node.type === 'tag' && !names.has(node.value.toLowerCase())) return false;
    if (node.type === 'class' && !names.has(node.value)) return false;
    if (node.type === 'id' && !names.has(node.value)) return false;
    if (node.type === 'attribute' && !names.has(node.attribute.toLowerCase())) return false;
    // [class~=lead] is a class by another spelling (the typography plugin writes it so).
    if (node.type === 'attribute' && node.attribute === 'class' && node.operator === '~=' && !names.has(node.value)) return false;
    if (node.type === 'pseudo' && ALTERNATIVES.has(node.value.toLowerCase()) && node.nodes.length) {
      if (!node.nodes.some((alternative) => couldMatch(alternative, names))) return false;
    }
  }
  return true;
}

/** The rule's selector list with only the selectors that could match, or null when none could. */
function keptSelector(selectorText, names) {
  let kept = null;
  selectorParser((list) => {
    const survivors = list.nodes.filter((selector) => couldMatch(selector, names));
    if (survivors.length === list.nodes.length) kept = selectorText;
    else if (survivors.length) kept = survivors.map((selector) => selector.toString().trim()).join(',');
  }).processSync(selectorText);
  return kept;
}

const isCustomProperty = (decl) => decl.prop.startsWith('--');
const readsOf = (value) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map(([, name]) => name);

/** Removes at-rules left empty, from the innermost out. */
function dropEmpty(root) {
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes && atRule.nodes.length === 0) {
        atRule.remove();
        removed = true;
      }
    });
  }
}

/**
 * The part of a stylesheet that the pages named by `names` (namesInPage, or
 * the union over pages) can use. Rules whose selectors cannot match go; then
 * custom properties nothing reads (directly or through another property, or
 * from the markup's var() references), and their @property rules.
 */
export function usedCss(css, names) {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
    let kept;
    try {
      kept = keptSelector(rule.selector, names);
    } catch {
      kept = rule.selector; // a selector we cannot read stays
    }
    if (kept === null) rule.remove();
    else rule.selector = kept;
  });
  dropEmpty(root);

  // Custom properties: read by a declaration that is not one, by markup, or by a property that is read.
  const read = new Set([...names].filter((name) => name.startsWith('--')));
  const definitions = new Map();
  root.walkDecls((decl) => {
    if (isCustomProperty(decl)) definitions.set(decl.prop, [...(definitions.get(decl.prop) ?? []), decl]);
    else for (const name of readsOf(decl.value)) read.add(name);
  });
  const queue = [...read];
  while (queue.length) {
    for (const decl of definitions.get(queue.pop()) ?? []) {
      for (const name of readsOf(decl.value)) {
        if (read.has(name)) continue;
        read.add(name);
        queue.push(name);
      }
    }
  }
  root.walkDecls((decl) => {
    if (isCustomProperty(decl) && !read.has(decl.prop)) decl.remove();
  });
  root.walkAtRules('property', (atRule) => {
    if (!read.has(atRule.params.trim())) atRule.remove();
  });
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  dropEmpty(root);
  return root.toString();
}

/**
 * The page with each <link rel="stylesheet"> replaced by a <style> holding
 * the part of that stylesheet the page can use. `readStylesheet(href)` returns
 * a stylesheet's text; `scripts` are the texts of the scripts the page loads by
 * URL (its inline scripts are read from the page). Every other byte of the page
 * is kept as it was.
 */
export function withInlineCss(html, { readStylesheet, scripts = [] }) {
  const links = [...elementsOf(parsePage(html))].filter(
    (element) => element.tagName === 'link' && (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'),
  );
  if (links.length === 0) return html;
  const names = namesInPage(html, scripts);
  let result = html;
  for (const link of links.reverse()) {
    const href = attribute(link, 'href');
    const css = usedCss(readStylesheet(href), names);
    // CSS cannot end the <style> early: postcss writes any "</style" in it as "\3c /style" (page-css.test.mjs).
    const { startOffset, endOffset } = link.sourceCodeLocation;
    result = `${result.slice(0, startOffset)}<style>${css}</style>${result.slice(endOffset)}`;
  }
  return result;
}
