// @vitest-environment node
import { needsJavaScript, staticPage, withoutScripts } from './static-html.mjs';

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

describe('staticPage', () => {
  it('strips a content page and leaves a page that needs JavaScript untouched', () => {
    expect(staticPage(page())).toEqual({ html: withoutScripts(page()), keptScripts: false });
    const planner = page(`<div data-needs-js="">planner</div>${body}`);
    expect(staticPage(planner)).toEqual({ html: planner, keptScripts: true });
  });
});
