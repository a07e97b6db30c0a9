// @vitest-environment node
import { neededScript, scriptLoader, staticPage, withoutScripts } from './static-html.mjs';

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

describe('neededScript', () => {
  it('names the script an element asks for', () => {
    expect(neededScript(page('<div data-needs-js="planner" class="x">planner</div>'))).toBe('planner');
    expect(neededScript(page("<div class='x' data-needs-js='planner'>planner</div>"))).toBe('planner');
    expect(neededScript(page('<div class="x" data-needs-js>planner</div>'))).toBe('');
  });

  it('ignores the attribute name inside React payload scripts and in text', () => {
    expect(neededScript(page())).toBeNull();
    expect(neededScript(page('<p>Pages marked data-needs-js keep scripts.</p>'))).toBeNull();
    expect(neededScript(page('<div data-needs-json="">x</div>'))).toBeNull();
  });
});

describe('staticPage', () => {
  const ours = { planner: '/_planner/planner.0123abcd.js' };

  it('strips a content page of every script and adds none', () => {
    expect(staticPage(page(), ours)).toEqual({ html: withoutScripts(page()), script: null });
  });

  it('strips every Next script from the planner page too, and adds only a loader for our named script at the end of the body', () => {
    const planner = page(`<div data-needs-js="planner">planner</div>${body}`);
    const { html, script } = staticPage(planner, ours);
    expect(script).toBe('/_planner/planner.0123abcd.js');
    expect(html).not.toContain('/_next/static/chunks/runtime.js');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).toContain('application/ld+json');
    expect(html.match(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g)).toEqual(['<script>']);
    expect(html).toContain(`<script>${scriptLoader('/_planner/planner.0123abcd.js')}</script></body>`);
    expect(html).toContain('<div data-needs-js="planner">planner</div>');
  });

  it('fails the build when a page asks for a script the build did not make', () => {
    expect(() => staticPage(page('<div data-needs-js="map">x</div>'), ours)).toThrow(/"map".*planner/);
    expect(() => staticPage(page('<div data-needs-js>x</div>'), ours)).toThrow(/""/);
    expect(() => staticPage(page('<div data-needs-js="toString">x</div>'), ours)).toThrow(/toString/);
  });
});

describe('scriptLoader', () => {
  it('adds the named script as a low-priority module only after the load event', () => {
    const loader = scriptLoader('/_planner/planner.0123abcd.js');
    expect(loader).toContain('s.src="/_planner/planner.0123abcd.js"');
    expect(loader).toContain('s.type="module"');
    expect(loader).toContain('s.fetchPriority="low"');
    expect(loader).toContain('addEventListener("load"');
    expect(loader).not.toContain('\n');
  });

  it('cannot close its own script element, whatever the path', () => {
    expect(scriptLoader('/x</script><script>alert(1)//.js')).not.toMatch(/<\/script/i);
  });
});
