// The review pack (docs/review-pack.md): one printable, self-contained HTML
// file for the clinic's clinician, written beside the export as
// <OUT_DIR>-deploy/review-pack.html by the post-build step. It holds every
// page's text as the built page shows it (clinic values already filled in by
// the components), each clinic value with its config key, each page's sources
// and a sign-off box per page, and the shared clinical sentences
// (content/clinical-wording/) with their review date and a sign-off box per
// language. Plain functions, unit-tested with small fixtures.
//
// The pages' text is read from one parse5 parse of each built page's <main>
// (the parser the other post-build steps use, static-export/postbuild/static-html.mjs) and
// written out again as a small set of plain elements with no attributes: no
// script, style, class, image or address from the site comes through, so the
// pack makes no request when opened or printed.
import { parse } from 'parse5';

const escapeText = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------
// Clinic values

/** Tenths matter for a temperature (38.0, not 38): keys named …Celsius keep one decimal. */
function formatValue(key, value, cwd) {
  if (typeof value === 'number') return /Celsius$/.test(key) ? value.toFixed(1) : String(value);
  if (typeof value === 'string') {
    // brand.logo is parsed to an absolute path on the build machine; the clinic wrote it relative to its config.
    const shown = cwd && value.startsWith(`${cwd}/`) ? value.slice(cwd.length + 1) : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(key, item, cwd)).join(', ')}]`;
  return String(value);
}

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Every value of the parsed clinic config as `key: value` rows, in the config's
 * own order, each marked `isDefault` when the clinic's file does not have that
 * key (the schema filled it in). Walks the parsed object, so a key added to the
 * schema appears here with no change. `cwd` shortens absolute paths.
 */
export function clinicValues(parsed, written, { cwd } = {}) {
  const rows = [];
  const walk = (value, key, writtenValue) => {
    const isLeafList = Array.isArray(value) && value.every((item) => !isPlainObject(item) && !Array.isArray(item));
    if (isPlainObject(value)) {
      for (const [name, child] of Object.entries(value)) {
        if (child === undefined) continue;
        walk(child, key ? `${key}.${name}` : name, isPlainObject(writtenValue) ? writtenValue[name] : undefined);
      }
    } else if (Array.isArray(value) && !isLeafList) {
      value.forEach((item, index) => walk(item, `${key}[${index}]`, Array.isArray(writtenValue) ? writtenValue[index] : undefined));
    } else {
      rows.push({ key, value: formatValue(key, value, cwd), isDefault: writtenValue === undefined });
    }
  };
  walk(parsed, '', written);
  return rows;
}

// ---------------------------------------------------------------------------
// A built page's text

// Kept as they are, without attributes: the page's structure, which a reader needs to follow it.
const KEPT = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'strong', 'em', 'b', 'i', 'blockquote', 'figure', 'figcaption', 'address', 'time', 'legend',
]);
// Become a plain <div>: they group text, and their edges are where lines break.
const BLOCKS = new Set(['div', 'section', 'article', 'aside', 'form', 'fieldset', 'details', 'header', 'footer']);
// Never text a patient reads: the page's own table of contents, form fields, code, embedded media.
const DROPPED = new Set(['script', 'style', 'nav', 'input', 'select', 'textarea', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'link', 'meta']);

const attribute = (element, name) => element.attrs?.find((attr) => attr.name === name)?.value;
const classes = (element) => (attribute(element, 'class') ?? '').split(/\s+/);
const textOf = (node) =>
  node.nodeName === '#text' ? node.value : (node.childNodes ?? []).concat(node.content?.childNodes ?? []).map(textOf).join('');
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elementsOf(child);
  }
}

/** An inline SVG drawing, as words: its title, its description and the labels drawn in it. */
function drawingNote(svg) {
  const inside = [...elementsOf(svg)];
  const title = collapse(textOf(inside.find((element) => element.tagName === 'title') ?? { childNodes: [] }));
  const desc = collapse(textOf(inside.find((element) => element.tagName === 'desc') ?? { childNodes: [] }));
  const labels = inside.filter((element) => element.tagName === 'text').map((element) => collapse(textOf(element))).filter(Boolean);
  const parts = [`Drawing (not reproduced in this pack): ${title || attribute(svg, 'aria-label') || 'untitled'}.`];
  if (desc) parts.push(`Described to screen readers as: ${desc}`);
  if (labels.length) parts.push(`Labels in the drawing: ${labels.join('; ')}.`);
  return `<p class="note">${escapeText(parts.join(' '))}</p>`;
}

function convert(node) {
  if (node.nodeName === '#text') return escapeText(node.value);
  if (!node.tagName) return ''; // comments (React's <!-- --> markers)
  const tag = node.tagName;
  if (DROPPED.has(tag)) return '';
  // Decorative icons and the "#" link beside each heading (hidden from print on the site too).
  if (attribute(node, 'aria-hidden') === 'true' || attribute(node, 'hidden') !== undefined || classes(node).includes('section-link')) return '';
  const children = () => (node.content ?? node).childNodes.map(convert).join('');
  if (tag === 'svg') return attribute(node, 'role') === 'img' || [...elementsOf(node)].some((el) => el.tagName === 'title') ? drawingNote(node) : '';
  if (tag === 'img') return `<p class="note">${escapeText(`Picture (not reproduced in this pack): ${attribute(node, 'alt') || 'no text alternative'}.`)}</p>`;
  if (tag === 'br') return '<br>';
  if (tag === 'button') return `<span class="control">[${escapeText(collapse(textOf(node)))}]</span>`;
  if (tag === 'summary') return `<p><strong>${children()}</strong></p>`;
  if (tag === 'template') {
    const name = node.attrs.find((attr) => /^data-[a-z-]+-template$/.test(attr.name))?.value;
    return `<div class="variant"><p class="variant-label">${escapeText(`Shown by the page's script when it applies${name ? ` ("${name}")` : ''}:`)}</p>${children()}</div>`;
  }
  // The patient's own times (LinkedTimes): the page shows this box only to a patient who opened a staff link.
  if (attribute(node, 'data-linked-times') !== undefined) {
    return `<div class="variant"><p class="variant-label">Shown at the top of the page only when a patient opens a staff link with their appointment:</p>${children()}</div>`;
  }
  if (tag === 'noscript') return `<div class="variant"><p class="variant-label">Shown only when JavaScript is off:</p>${children()}</div>`;
  // A blank the page's script fills in (the planner's times): shown as its name.
  const fill = attribute(node, 'data-fill');
  if (fill !== undefined && collapse(textOf(node)) === '') return `<span class="fill">[${escapeText(fill)}]</span>`;
  if (tag === 'a') {
    const href = attribute(node, 'href') ?? '';
    const text = children();
    // The address of a web link is kept as words (a printout cannot be clicked); tel:, mailto: and the site's own links show their text.
    return /^https?:/i.test(href) && collapse(textOf(node)) !== href ? `${text} <span class="url">(${escapeText(href)})</span>` : text;
  }
  if (KEPT.has(tag)) return `<${tag}>${children()}</${tag}>`;
  if (BLOCKS.has(tag)) return `<div>${children()}</div>`;
  return children(); // span, label and anything else: its text only
}

/**
 * A built page's <main>, as the pack shows it: `title` is its first <h1>,
 * `html` its text in plain elements. Throws when the page has no <main>.
 */
export function pageContent(builtHtml, file = 'the page') {
  // scriptingEnabled: false parses <noscript> content as elements, as a browser without JavaScript does.
  const document = parse(builtHtml, { scriptingEnabled: false });
  const main = [...elementsOf(document)].find((element) => element.tagName === 'main');
  if (!main) throw new Error(`${file} has no <main>: the review pack takes each page's text from it`);
  const h1 = [...elementsOf(main)].find((element) => element.tagName === 'h1');
  return { title: h1 ? collapse(textOf(h1)) : '', html: main.childNodes.map(convert).join('') };
}

// ---------------------------------------------------------------------------
// The pack

/** The line on every page when the clinic's config has clinicalSignOff (the page shows it in its own language). */
export function checkedLine(clinicName, signOff) {
  return `Checked for ${clinicName} by ${signOff.name}, ${signOff.role}, on ${signOff.date}`;
}

/** The build's one warning when no clinician has signed (printed once per build by static-export/postbuild/index.mjs). */
export function unsignedPackWarning(packPath) {
  return (
    `Warning: the review pack ${packPath} is unsigned: no clinician has signed these pages for this clinic. ` +
    'Have a clinician check it, then add clinicalSignOff: { "name", "role", "date" } to the clinic config (docs/review-pack.md).'
  );
}

const isWebAddress = (url) => typeof url === 'string' && /^https?:\/\/[^\s"<>]+$/i.test(url);

function sourcesList(sources) {
  if (!sources.length) return '<p class="note">No sources are listed in this page’s frontmatter.</p>';
  const items = sources.map((source) => {
    const title = escapeText(source.title ?? 'Untitled');
    // `url` in the frontmatter schema; `address` as issue 20 first named it.
    const url = source.url ?? source.address;
    const link = isWebAddress(url) ? `<a href="${escapeAttribute(url)}">${title}</a>` : title;
    const parts = [link, source.publisher ? escapeText(source.publisher) : '', source.read ? `read ${escapeText(source.read)}` : ''].filter(Boolean);
    const address = url ? ` <span class="url">${escapeText(url)}</span>` : '';
    return `<li>${parts.join(', ')}.${address}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

const signOffBox = (pageName) => `
<section class="sign-off" aria-label="Sign-off: ${escapeAttribute(pageName)}">
<h3>Clinical sign-off: ${escapeText(pageName)}</h3>
<p><span class="box"></span> Checked: correct for this clinic, no changes needed</p>
<p><span class="box"></span> Changes needed (write them below, with the sentence they replace)</p>
<p class="label">Changes needed:</p>
<div class="line"></div><div class="line"></div><div class="line"></div><div class="line"></div>
<div class="fields">
<p>Name: <span class="blank"></span></p>
<p>Role: <span class="blank"></span></p>
<p>Date: <span class="blank"></span></p>
<p>Signature: <span class="blank"></span></p>
</div>
</section>`;

const STYLE = `
body { font: 12pt/1.5 Georgia, "Times New Roman", serif; color: #000; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4 { font-family: Arial, Helvetica, sans-serif; line-height: 1.25; }
ul.values { list-style: none; padding: 0; font-size: 10.5pt; }
ul.values li, ul.wording li { break-inside: avoid; margin: 0.15rem 0; }
code { font-family: "Courier New", monospace; }
.default { color: #444; font-style: italic; }
.guide-page { border-top: 3px solid #000; margin-top: 3rem; padding-top: 1rem; }
.page-header { border: 1px solid #555; padding: 0.5rem 1rem; margin-bottom: 1rem; font-size: 10.5pt; }
.page-header h2 { margin: 0.25rem 0; font-size: 16pt; }
.page-text { border-left: 3px solid #999; padding-left: 1rem; }
.page-text h1 { font-size: 15pt; }
.page-text h2 { font-size: 13.5pt; }
.page-text h3, .page-text h4 { font-size: 12pt; }
.note, .variant-label { font-style: italic; color: #333; }
.variant { border: 1px dashed #555; padding: 0 0.75rem; margin: 0.5rem 0; }
.fill { font-family: "Courier New", monospace; }
.url { font-size: 9.5pt; word-break: break-all; }
.sign-off { border: 2px solid #000; padding: 0.5rem 1rem 1rem; margin-top: 1.5rem; break-inside: avoid; page-break-inside: avoid; }
.sign-off h3 { margin: 0.25rem 0 0.5rem; font-size: 13pt; }
.sign-off p { margin: 0.4rem 0; }
.box { display: inline-block; width: 0.9em; height: 0.9em; border: 1.5px solid #000; vertical-align: -0.1em; margin-right: 0.3em; }
.line { border-bottom: 1px solid #000; height: 1.9em; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; margin-top: 0.75rem; }
.blank { display: inline-block; border-bottom: 1px solid #000; width: 70%; height: 1.5em; vertical-align: bottom; }
@media print {
  body { margin: 0; max-width: none; }
  .guide-page { break-before: page; page-break-before: always; border-top: 0; margin-top: 0; padding-top: 0; }
  a { color: #000; }
}
`;

/**
 * The shared clinical sentences of each language (content/clinical-wording/):
 * the sentences the pages' warning-sign lists, the planner, its calendar file,
 * the staff page's letter and email and the structured data are built from,
 * as written, with their {placeholders}, by section and key.
 */
function clinicalWordingSections(wordings) {
  if (!wordings.length) return '';
  const languages = wordings
    .map((wording) => {
      const name = `Shared clinical sentences (${wording.language})`;
      const sections = Object.entries(wording.words)
        .map(([section, words]) => {
          const rows = Object.entries(words).map(([key, text]) => `<li><code>${escapeText(key)}</code>: ${escapeText(text)}</li>`);
          return `<h3>${escapeText(section)}</h3>\n<ul class="wording">${rows.join('')}</ul>`;
        })
        .join('\n');
      return `
<section class="guide-page" id="clinical-wording-${escapeAttribute(wording.lang)}" aria-label="${escapeAttribute(name)}">
<div class="page-header">
<h2>${escapeText(name)}</h2>
<p>${escapeText(wording.language)}, in ${escapeText(wording.file)}</p>
<p>Last reviewed ${escapeText(wording.lastReviewed)}, by ${escapeText(wording.reviewer)}.</p>
</div>
<div class="page-text" lang="${escapeAttribute(wording.lang)}">
${sections}
</div>
${signOffBox(name)}
</section>`;
    })
    .join('\n');
  return `
<section aria-labelledby="clinical-wording">
<h2 id="clinical-wording">Shared clinical sentences</h2>
<p>The sentences the warning signs, the sedation and fasting rules, the journey, the planner, its calendar reminders, the staff page’s letter and email and the search-engine summaries share, written once per language and reviewed on their own date. Words in braces, such as {number}, are filled in from the clinic values above. The pages below show them filled in; sign them here once.</p>
</section>
${languages}`;
}

/**
 * The whole pack. `siteUrl`: the site's address, shown (as words) before each
 * page's path. `pages`: in reading order, each { id, lang, language,
 * path, title, html, lastReviewed?, reviewer?, sources? }. `values`: from
 * clinicValues. `signOff`: the config's clinicalSignOff, if any. `notes`:
 * lines about what the pack leaves out. `clinicalWording`: each language's
 * { lang, language, file, lastReviewed, reviewer, words }.
 */
export function reviewPackHtml({ clinicName, siteUrl, values, signOff, builtOn, pages, clinicalWording = [], notes = [] }) {
  const status = signOff
    ? `<p><strong>${escapeText(checkedLine(clinicName, signOff))}</strong> (clinicalSignOff in the clinic config). Every page of the site says so.</p>`
    : '<p><strong>Not signed yet.</strong> No clinician has signed these pages for this clinic. When one has checked every page below, add <code>clinicalSignOff</code> (name, role, date) to the clinic config and build again: every page will then say who checked it.</p>';
  const contents = pages.map((page) => `<li><a href="#${page.id}">${escapeText(page.title)}</a> (${escapeText(page.language)}, ${escapeText(page.path)})</li>`).join('');
  const wordingContents = clinicalWording
    .map((wording) => `<li><a href="#clinical-wording-${escapeAttribute(wording.lang)}">Shared clinical sentences</a> (${escapeText(wording.language)}, ${escapeText(wording.file)})</li>`)
    .join('');
  const valueRows = values
    .map((row) => `<li><code>${escapeText(row.key)}: ${escapeText(row.value)}</code>${row.isDefault ? ' <span class="default">(default)</span>' : ''}</li>`)
    .join('');
  const pageSections = pages
    .map((page) => {
      const name = `${page.title} (${page.language})`;
      const reviewed = page.lastReviewed ? `<p>Last reviewed ${escapeText(page.lastReviewed)}${page.reviewer ? `, by ${escapeText(page.reviewer)}` : ''}.</p>` : '';
      return `
<section class="guide-page" id="${escapeAttribute(page.id)}" aria-label="${escapeAttribute(name)}">
<div class="page-header">
<h2>${escapeText(page.title)}</h2>
<p>${escapeText(page.language)}, at ${escapeText(siteUrl ? `${siteUrl}${page.path === '/' ? '/' : page.path}` : page.path)}</p>
${reviewed}
<h3>Sources</h3>
${sourcesList(page.sources ?? [])}
</div>
<div class="page-text" lang="${escapeAttribute(page.lang)}">
${page.html}
</div>
${signOffBox(name)}
</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review pack: ${escapeText(clinicName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Review pack: ${escapeText(clinicName)}</h1>
<p>Every page of the patient guide as this build shows it to patients, built on ${escapeText(builtOn)}. Read each page, check every clinic value and instruction, and sign the box at its end.</p>
${status}
${notes.map((note) => `<p class="note">${escapeText(note)}</p>`).join('\n')}
</header>
<section aria-labelledby="clinic-values">
<h2 id="clinic-values">Clinic values</h2>
<p>Every value of the clinic config this build used, by its key. Values marked (default) were not written in the clinic’s config file: the guide’s default was used.</p>
<ul class="values">${valueRows}</ul>
</section>
<section aria-labelledby="contents">
<h2 id="contents">Pages, in reading order</h2>
<ol>${wordingContents}${contents}</ol>
</section>
${clinicalWordingSections(clinicalWording)}
${pageSections}
</body>
</html>
`;
}
