// The reference `npm run bench` measures each page against, as issue 22
// defines it: a copy of the page's <main> as plain HTML, with no CSS and no
// JavaScript, served from the same machine. What is left of the page is the
// content a patient came for, in the cheapest form a browser can paint, so
// our page's LCP divided by the copy's says what our header, footer, styles
// and headers cost on top of the content itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeOuter } from 'parse5';
import { attribute, parsePage } from '../../static-export/postbuild/static-html.mjs';
import { listFiles } from '../../static-export/site-files.mjs';


function find(node, test) {
  for (const child of node.childNodes ?? []) {
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function removeAll(node, test) {
  node.childNodes = (node.childNodes ?? []).filter((child) => !test(child));
  for (const child of node.childNodes) {
    removeAll(child, test);
    if (child.content) removeAll(child.content, test);
  }
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Whatever would be CSS or JavaScript inside <main>: scripts of any type, <style>, stylesheet links, style= attributes. */
const isStyleOrScript = (node) =>
  node.tagName === 'script' ||
  node.tagName === 'style' ||
  (node.tagName === 'link' && /\bstylesheet\b/i.test(attribute(node, 'rel') ?? ''));

/**
 * One built page as its plain copy: the same language, title and viewport, and
 * its <main> as the parser sees it, with no script, style or stylesheet. Throws
 * when the page has no <main>, as every page of the site has one.
 */
export function plainMainPage(html) {
  const document = parsePage(html);
  const main = find(document, (node) => node.tagName === 'main');
  if (!main) throw new Error('the page has no <main> to copy');
  removeAll(main, isStyleOrScript);
  const stripStyle = (node) => {
    if (node.attrs) node.attrs = node.attrs.filter((attr) => attr.name !== 'style');
    for (const child of node.childNodes ?? []) stripStyle(child);
    if (node.content) stripStyle(node.content);
  };
  stripStyle(main);
  const lang = attribute(find(document, (node) => node.tagName === 'html') ?? {}, 'lang') ?? 'en';
  const title = find(document, (node) => node.tagName === 'title');
  const titleText = title ? title.childNodes.map((child) => child.value ?? '').join('') : '';
  return [
    `<!DOCTYPE html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(titleText)}</title></head><body>${serializeOuter(main)}</body></html>`,
  ].join('');
}

/** A temporary folder holding the plain copy of every page of `outDir`, and its pictures; no CSS or JavaScript file. */
export function plainMainCopy(outDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'port-guide-plain-main-'));
  for (const file of listFiles(outDir)) {
    if (/\.(br|gz|css|js|mjs|txt)$/.test(file)) continue;
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.endsWith('.html')) fs.writeFileSync(target, plainMainPage(fs.readFileSync(path.join(outDir, file), 'utf8')));
    else fs.copyFileSync(path.join(outDir, file), target);
  }
  return dir;
}
