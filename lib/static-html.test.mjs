// @vitest-environment node
import { needsJavaScript, scriptsAfterLoad, staticPage, withoutScripts } from './static-html.mjs';

const head =
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/b.js">' +
  '<link rel="preload" as="font" href="/font.woff2" crossorigin>' +
  '<link rel="canonical" href="https://ports.example/aftercare"/>' +
  '<script src="/_next/static/chunks/runtime.js" async=""></script>' +
  '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>';
const body =
  '<main><h1>Aftercare</h1><a href="#when-to-call">When to call</a></main>' +
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>' +
  '<script>self.__next_f.push([1,"{\\"data-needs-js\\":\\"\\"}"])</script>' +
  '<SCRIPT>alert(1)</SCRIPT >';
const page = (main = body) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${main}</body></html>`;

describe('withoutScripts', () => {
  const html = withoutScripts(page());

  it('removes every executable script, inline or not, in any letter case', () => {
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('alert(1)');
  });

  it('removes script preloads but keeps styles, other preloads and the canonical link', () => {
    expect(html).not.toContain('a.js');
    expect(html).not.toContain('b.js');
    expect(html).toContain('site.css');
    expect(html).toContain('rel="preload" as="font"');
    expect(html).toContain('rel="canonical"');
  });

  it('keeps JSON-LD, which browsers never run and search engines read', () => {
    expect(html).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>');
  });

  it('keeps the content, links and anchors', () => {
    expect(html).toContain('<main><h1>Aftercare</h1><a href="#when-to-call">When to call</a></main>');
  });
});

describe('needsJavaScript', () => {
  it('is true when an element carries data-needs-js', () => {
    expect(needsJavaScript(page('<div data-needs-js="" class="x">planner</div>'))).toBe(true);
    expect(needsJavaScript(page('<div class="x" data-needs-js>planner</div>'))).toBe(true);
  });

  it('ignores the attribute name inside React payload scripts and in text', () => {
    expect(needsJavaScript(page())).toBe(false);
    expect(needsJavaScript(page('<p>Pages marked data-needs-js keep scripts.</p>'))).toBe(false);
    expect(needsJavaScript(page('<div data-needs-json="">x</div>'))).toBe(false);
  });
});

describe('scriptsAfterLoad', () => {
  const planner = page(`<div data-needs-js="">planner</div>${body}<script src="/_next/static/chunks/legacy.js" noModule=""></script>`);
  const html = scriptsAfterLoad(planner);

  it('moves the script files into one loader that runs after the load event, at the end of the body', () => {
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toContain('a.js');
    expect(html).toMatch(/<script>addEventListener\("load",function\(\)\{\["\/_next\/static\/chunks\/runtime\.js"\]\.forEach\(.*\)\}\)<\/script><\/body>/);
    expect(html).not.toContain('legacy.js');
  });

  it('keeps the inline data scripts, JSON-LD, styles and content in place', () => {
    expect(html).toContain('<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>');
    expect(html).toContain('self.__next_f.push');
    expect(html).toContain('application/ld+json');
    expect(html).toContain('site.css');
    expect(html).toContain('<div data-needs-js="">planner</div>');
  });

  it('the loader adds each script when the page has loaded', () => {
    const loader = /<script>(addEventListener[^<]*)<\/script><\/body>/.exec(html)?.[1] ?? '';
    const added = [];
    const listeners = {};
    const fakeDocument = { createElement: () => ({}), body: { appendChild: (element) => added.push(element) } };
    new Function('addEventListener', 'document', loader)((type, listener) => (listeners[type] = listener), fakeDocument);
    expect(added).toEqual([]);
    listeners.load();
    expect(added).toEqual([{ src: '/_next/static/chunks/runtime.js', async: true }]);
  });

  it('leaves a page without script files as it is', () => {
    expect(scriptsAfterLoad('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
  });
});

describe('staticPage', () => {
  it('strips a content page and loads the scripts of a page that needs them after load', () => {
    expect(staticPage(page())).toEqual({ html: withoutScripts(page()), keptScripts: false });
    const planner = page(`<div data-needs-js="">planner</div>${body}`);
    expect(staticPage(planner)).toEqual({ html: scriptsAfterLoad(planner), keptScripts: true });
  });
});
