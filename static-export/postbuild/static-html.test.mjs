// @vitest-environment node
import { createHash } from 'node:crypto';
import { inlineScriptHashes, runsScripts } from '../headers/security-headers.mjs';
import vm from 'node:vm';
import { checkAppointmentValue } from '../../lib/planner/appointment-times';
import { appointmentMark, checkStaticPage, neededScript, scriptLoader, staticPage, withoutScripts } from './static-html.mjs';

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

describe('appointmentMark', () => {
  const ours = { planner: '/_planner/planner.0123abcd.js' };
  const timesPage = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>t</title></head><body><section data-linked-times="">times</section><div data-needs-js="planner">planner</div></body></html>`;

  it('goes first in <head>, after the charset, only on a page with the times box and a script, and its hash is in the policy', () => {
    const { html } = staticPage(timesPage, ours);
    expect(html).toContain(`<head><meta charSet="utf-8"/><script>${appointmentMark()}</script><title>`);
    expect(inlineScriptHashes(html)).toContain(`'sha256-${createHash('sha256').update(appointmentMark(), 'utf8').digest('base64')}'`);
    expect(staticPage(timesPage.replace('<section data-linked-times="">times</section>', ''), ours).html).not.toContain(appointmentMark());
  });

  it('is allowed only where the build put it: any other inline script still fails the build', () => {
    const { html } = staticPage(timesPage, ours);
    expect(() => checkStaticPage(html, { loader: scriptLoader(ours.planner), mark: appointmentMark() })).not.toThrow();
    expect(() => checkStaticPage(html, { loader: scriptLoader(ours.planner) })).toThrow(/neither JSON-LD nor our loader/);
    const withAnother = html.replace('</head>', '<script>alert(1)</script></head>');
    expect(() => checkStaticPage(withAnother, { loader: scriptLoader(ours.planner), mark: appointmentMark() })).toThrow(/alert\(1\)/);
  });

  // Run in a bare context with a fixed clock: it marks <html> exactly when the address holds a real date and
  // time that is not long past, as the planner's own check reads it.
  const marks = (search, now = Date.UTC(2026, 11, 7, 12)) => {
    const dataset = {};
    const context = { URLSearchParams, location: { search }, document: { documentElement: { dataset } }, Date: class extends Date {} };
    context.Date.now = () => now;
    context.Date.UTC = Date.UTC;
    vm.runInNewContext(appointmentMark(), context);
    return 'appointmentLink' in dataset;
  };

  it('marks a well-formed, real, future appointment, as the planner reads it', () => {
    expect(marks('?appointment=2027-06-15T08:30')).toBe(true);
    expect(marks('?appointment=%202027-06-15T08:30%20')).toBe(true);
    expect(marks('?appointment=2028-02-29T23:59')).toBe(true);
    expect(checkAppointmentValue('2028-02-29T23:59').ok).toBe(true);
  });

  it('leaves <html> alone with no, an unreadable, an impossible or a long-past appointment', () => {
    for (const value of ['', '?appointment=', '?appointment=garbage', '?appointment=2027-06-15', '?appointment=2027-6-15T08:30', '?other=2027-06-15T08:30']) {
      expect(marks(value)).toBe(false);
    }
    for (const value of ['2026-02-30T08:00', '2027-02-29T08:00', '2027-13-01T08:00', '2027-06-15T24:00', '2027-06-15T08:60']) {
      expect(checkAppointmentValue(value).ok).toBe(false);
      expect(marks(`?appointment=${value}`)).toBe(false);
    }
    expect(marks('?appointment=2020-01-05T08:00')).toBe(false);
    // A time earlier today may still be ahead in the clinic's zone: the planner decides, in the box.
    expect(marks('?appointment=2026-12-07T08:00')).toBe(true);
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

  // The loader run in a sandbox with a hand-driven clock, load event and paint timing.
  const run = ({ paintTiming }) => {
    const added = [];
    const timers = [];
    const listeners = {};
    let observer;
    const context = {
      document: { createElement: () => ({}), body: { append: (s) => added.push(s) } },
      addEventListener: (name, f) => (listeners[name] = f),
      setTimeout: (f, ms = 0) => timers.push({ f, ms }),
      PerformanceObserver: Object.assign(
        class {
          constructor(callback) { observer = { callback, self: this }; }
          observe(options) { observer.options = options; }
          disconnect() { observer.disconnected = true; }
        },
        { supportedEntryTypes: paintTiming ? ['navigation', 'paint'] : ['navigation'] },
      ),
    };
    vm.runInNewContext(scriptLoader('/_planner/x.js'), context);
    const tick = (upTo) => {
      const due = timers.filter((t) => t.ms <= upTo);
      timers.splice(0, timers.length, ...timers.filter((t) => t.ms > upTo));
      for (const t of due) t.f();
    };
    const paint = (names) => observer.callback({ getEntriesByName: (n) => (names.includes(n) ? [{}] : []) }, observer.self);
    return { added, load: () => listeners.load(), tick, paint, observer: () => observer, timers };
  };

  it('waits for the first contentful paint to be shown, then adds the script once', () => {
    const page = run({ paintTiming: true });
    expect(page.added).toEqual([]);
    page.load();
    expect(page.observer().options).toEqual({ type: 'paint', buffered: true });
    page.paint(['first-paint']);
    page.tick(0);
    expect(page.added).toEqual([]);
    page.paint(['first-contentful-paint']);
    page.tick(0);
    expect(page.added).toHaveLength(1);
    expect(page.added[0]).toMatchObject({ type: 'module', src: '/_planner/x.js', fetchPriority: 'low' });
    expect(page.observer().disconnected).toBe(true);
    page.tick(1000);
    expect(page.added).toHaveLength(1);
  });

  it('adds the script a second after load where the browser has no paint timing, or the paint never comes', () => {
    for (const paintTiming of [false, true]) {
      const page = run({ paintTiming });
      page.load();
      page.tick(0);
      expect(page.added).toEqual([]);
      page.tick(1000);
      expect(page.added).toHaveLength(1);
    }
  });

  it('cannot close its own script element, whatever the path', () => {
    expect(scriptLoader('/x</script><script>alert(1)//.js')).not.toMatch(/<\/script/i);
  });
});

// The cases where the old regular expressions in this file and in
// security-headers.mjs disagreed with each other, or with the browser.
describe('one parse for stripping and hashing', () => {
  const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const ours = { planner: '/_planner/planner.0123abcd.js' };
  // A page with no script of Next's, so each case shows only its own.
  const plain = (main) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${main}</body></html>`;

  it('hashes an inline script with a data-src attribute: it is not an external script', () => {
    const html = plain('<script data-src="/x.js">boot()</script>');
    expect(inlineScriptHashes(html)).toEqual([sha('boot()')]);
    expect(runsScripts(html)).toBe(true);
    expect(withoutScripts(html)).not.toContain('boot()');
  });

  it('ends a script at "</script >" with a space, as browsers do', () => {
    const html = plain('<script>one()</script ><p>between</p><script>two()</script>');
    expect(inlineScriptHashes(html)).toEqual([sha('one()'), sha('two()')]);
    expect(withoutScripts(html)).toContain('<body><p>between</p></body>');
  });

  it('reads a ">" inside an attribute value as part of the value', () => {
    const jsonLd = '<script data-note="a>b" type="application/ld+json">{"@type":"WebPage"}</script>';
    expect(withoutScripts(plain(jsonLd))).toContain(jsonLd);
    expect(runsScripts(plain(jsonLd))).toBe(false);
    expect(inlineScriptHashes(plain(jsonLd))).toEqual([]);
    const external = '<script data-x=">" src="/evil.js"></script>';
    expect(inlineScriptHashes(plain(external))).toEqual([]);
    expect(withoutScripts(plain(external))).not.toContain('evil');
  });

  it('ignores scripts that are only text: in comments and in a textarea', () => {
    const html = plain('<!-- <script>x()</script> --><textarea><script>y()</script></textarea>');
    expect(runsScripts(html)).toBe(false);
    expect(inlineScriptHashes(html)).toEqual([]);
    expect(withoutScripts(html)).toBe(html);
    expect(neededScript(plain('<!-- <div data-needs-js="planner"> -->'))).toBeNull();
  });

  it('hashes the text the browser runs: CRLF inside a script becomes LF', () => {
    expect(inlineScriptHashes(plain('<script>a();\r\nb();</script>'))).toEqual([sha('a();\nb();')]);
  });

  it('removes scripts inside SVG and inside <template>, and keeps every other byte as written', () => {
    const before = "<p title='a&amp;b'>x <br/> <img alt=x src=/i.png></p><svg><title>t</title>";
    const after = '</svg><template><p>t</p></template>';
    const html = plain(`${before}<script>alert(1)</script>${after}`).replace('<template><p>', '<template><script>t()</script><p>');
    expect(withoutScripts(html)).toBe(plain(`${before}${after}`));
  });

  it('fails the build when React left a streamed segment hidden for its script to reveal', () => {
    expect(() => staticPage(plain('<main>Loading</main><div hidden id="S:0"><p>The real text</p></div>'), ours, 'out/x.html')).toThrow(
      /out\/x\.html would be served with a streamed segment <div hidden id="S:0">/,
    );
    expect(() => staticPage(plain('<!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->'), ours)).toThrow(/Suspense boundary/);
    // An ordinary hidden element is fine.
    expect(() => staticPage(plain('<div hidden id="menu">x</div>'), ours)).not.toThrow();
  });

  it('fails the build when anything but JSON-LD and our loader could run', () => {
    expect(() => checkStaticPage(plain('<script>evil()</script>'))).toThrow(/neither JSON-LD nor our loader/);
    expect(() => checkStaticPage(plain('<script type="module" src="/x.js"></script>'))).toThrow(/src="\/x\.js"/);
    expect(() => checkStaticPage(plain('<button onclick="evil()">x</button>'))).toThrow(/onclick=/);
    const loader = scriptLoader(ours.planner);
    expect(() => checkStaticPage(plain(`<script>${loader}</script><script type="application/ld+json">{}</script>`), { loader })).not.toThrow();
    expect(() => checkStaticPage(plain(`<script>${loader};evil()</script>`), { loader })).toThrow(/neither JSON-LD/);
  });

  it('gives the CSP exactly the hash of the loader it added, and nothing else', () => {
    const { html } = staticPage(page(`<div data-needs-js="planner">planner</div>${body}`), ours);
    expect(inlineScriptHashes(html)).toEqual([sha(scriptLoader(ours.planner))]);
    expect(runsScripts(html)).toBe(true);
    expect(runsScripts(staticPage(page(), ours).html)).toBe(false);
  });
});
