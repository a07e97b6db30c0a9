// @vitest-environment node
import { namesInPage, usedCss, withInlineCss } from './page-css.mjs';

const page = (body, head = '') => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('namesInPage', () => {
  it("offers the page's tags, classes, ids, attribute names and var() references", () => {
    const names = namesInPage(page('<main id="main" class="prose  mx-auto"><svg fill="var(--clinic-brand)"></svg><a data-when-to-call="">x</a></main>'));
    for (const name of ['html', 'body', 'main', 'main', 'prose', 'mx-auto', 'svg', 'fill', '--clinic-brand', 'a', 'data-when-to-call']) expect(names.has(name), name).toBe(true);
    expect(names.has('table')).toBe(false);
  });

  it('offers what <template>s hold, and the words of the scripts that add names later', () => {
    const names = namesInPage(page('<template><p class="letter"></p></template><script>document.documentElement.dataset.appointmentLink=""</script>'), [
      "code.setAttribute('class', 'block h-auto')",
    ]);
    for (const name of ['letter', 'data-appointment-link', 'block', 'h-auto']) expect(names.has(name), name).toBe(true);
  });
});

describe('usedCss', () => {
  const names = new Set(['html', 'body', 'main', 'p', 'a', 'prose', 'class', 'data-linked-times', '--clinic-brand']);

  it('keeps rules whose every class, tag, id and attribute is on the page, whatever the pseudo-classes', () => {
    expect(usedCss('.prose{margin:0}.table{x:1}p:hover{color:red}table{border:0}#nav{y:1}a::after{content:""}', names)).toBe(
      '.prose{margin:0}p:hover{color:red}a::after{content:""}',
    );
  });

  it('keeps only the selectors of a list that can match, and reads :where(), :is(), :has() and :not()', () => {
    const css = [
      '.prose :where(p):not(:where([class~=not-prose],[class~=not-prose] *)){a:1}',
      '.prose :where(table):not(:where([class~=not-prose])){b:2}',
      '.prose :where([class~=lead]){c:3}',
      'html:has(table) p{d:4}',
      'p,table,.other{e:5}',
    ].join('');
    expect(usedCss(css, names)).toBe('.prose :where(p):not(:where([class~=not-prose],[class~=not-prose] *)){a:1}p{e:5}');
  });

  it('keeps at-rules that still hold a rule, and rules for states a script sets when the script names them', () => {
    const css = '@media print{table{a:1}}@media screen{html[data-appointment-link] [data-linked-times]{display:block}}';
    expect(usedCss(css, names)).toBe('');
    expect(usedCss(css, new Set([...names, 'data-appointment-link']))).toBe('@media screen{html[data-appointment-link] [data-linked-times]{display:block}}');
  });

  it('drops custom properties and @property rules nothing reads, following var() chains and the markup', () => {
    const css = [
      '@property --tw-used{syntax:"*";inherits:false}@property --tw-unused{syntax:"*";inherits:false}',
      ':root{--color-brand:var(--clinic-brand);--clinic-brand:#005a8c;--color-unused:red;--tw-used:0;--tw-unused:0}',
      'p{color:var(--color-brand);width:var(--tw-used)}',
    ].join('');
    expect(usedCss(css, names)).toBe(
      '@property --tw-used{syntax:"*";inherits:false}:root{--color-brand:var(--clinic-brand);--clinic-brand:#005a8c;--tw-used:0}p{color:var(--color-brand);width:var(--tw-used)}',
    );
  });

  it('keeps the steps of an animation a kept rule can use', () => {
    expect(usedCss('@keyframes spin{from{a:0}to{a:1}}p{animation:spin 1s}', names)).toBe('@keyframes spin{from{a:0}to{a:1}}p{animation:spin 1s}');
  });
});

describe('withInlineCss', () => {
  const sheets = { '/_next/static/chunks/site.css': 'p{color:red}table{border:0}' };

  it('replaces the stylesheet link with a <style> of what the page uses, and changes no other byte', () => {
    const html = page('<p>Hi</p>', '<meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/><title>T</title>');
    expect(withInlineCss(html, { readStylesheet: (href) => sheets[href] })).toBe(
      page('<p>Hi</p>', '<meta charSet="utf-8"/><style>p{color:red}</style><title>T</title>'),
    );
  });

  it('leaves a page with no stylesheet as it is', () => {
    const html = page('<p>Hi</p>', '<link rel="icon" href="/icon.svg"/>');
    expect(withInlineCss(html, { readStylesheet: () => 'p{}' })).toBe(html);
  });

  it('cannot let CSS end the <style> early (postcss writes "</style" in CSS as "\\3c /style")', () => {
    const html = page('<p>Hi</p>', '<link rel="stylesheet" href="/a.css">');
    const result = withInlineCss(html, { readStylesheet: () => 'p{color:red}/* </style> */p::after{content:"</style>"}' });
    expect(result.match(/<\/style/gi)).toHaveLength(1);
  });
});
