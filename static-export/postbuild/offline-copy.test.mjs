// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildIdOf, isPatientPage, offlinePage } from './offline-copy.mjs';

const MARK = '<!--offline-banner-->';

describe('offlinePage', () => {
  const html =
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="icon" href="/icon.svg"/>' +
    '<link rel="canonical" href="https://site.example/aftercare"/><link rel="manifest" href="/manifest.webmanifest"/></head>' +
    '<body><header><img src="/brand/logo.1234.svg" alt="Clinic"/></header><main id="main-content" tabindex="-1"><h1>Aftercare</h1>' +
    '<img src="https://other.example/x.png" alt=""/><p>&lt;main&gt; in text</p></main></body></html>';

  it('puts the mark first inside <main>, keeping every other byte', () => {
    const { html: marked } = offlinePage(html, MARK);
    expect(marked).toBe(html.replace('<main id="main-content" tabindex="-1">', `<main id="main-content" tabindex="-1">${MARK}`));
  });

  it("lists the site's own files the page loads, not other sites' or the canonical link", () => {
    expect(offlinePage(html, MARK).assets).toEqual(['/_next/static/chunks/a.css', '/icon.svg', '/manifest.webmanifest', '/brand/logo.1234.svg']);
  });

  it('refuses a page with no <main>, naming it', () => {
    expect(() => offlinePage('<html><body><p>x</p></body></html>', MARK, 'odd.html')).toThrow("odd.html has no <main> for the offline copy's banner");
  });
});

describe('what the copy holds', () => {
  it('holds the patient pages, not the staff page or the 404 pages', () => {
    expect(['/', '/aftercare', '/es', '/es/whole-guide', '/save-for-offline', '/staff', '/404', '/es/404', '/_not-found'].filter(isPatientPage)).toEqual([
      '/',
      '/aftercare',
      '/es',
      '/es/whole-guide',
      '/save-for-offline',
    ]);
  });

  it('gets a new build id when any saved file changes, and the same one for the same files in any order', () => {
    const a = [['/', Buffer.from('home')], ['/x.css', Buffer.from('css')]];
    expect(buildIdOf(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(buildIdOf([...a].reverse())).toBe(buildIdOf(a));
    expect(buildIdOf([['/', Buffer.from('home!')], a[1]])).not.toBe(buildIdOf(a));
    expect(buildIdOf([...a, ['/y', Buffer.from('')]])).not.toBe(buildIdOf(a));
  });
});
