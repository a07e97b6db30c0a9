import { describe, expect, it } from 'vitest';
import { BANNER_MARK, bannerHtml, cacheNameFor, copyAge, languageOfPath, savedPageHtml, savedPathFor, withBanner, type OfflineSettings } from './saved-copy';

// A fixed save moment: 1 December 2026, 18:00 UTC (11:00 in Denver). The clock is passed in, never read.
const SAVED = Date.UTC(2026, 11, 1, 18, 0);
const DAY = 24 * 60 * 60 * 1000;

const settings: OfflineSettings = {
  buildId: 'abc123',
  files: ['/', '/aftercare'],
  maxAgeDays: 90,
  timeZone: 'America/Denver',
  phone: '+1 303-555-0142',
  tel: 'tel:+13035550142',
  words: {
    en: {
      locale: 'en-US',
      banner: 'You are reading a copy saved on {date}. Call {phone} if you are unsure.',
      tooOld: 'This copy was saved on {date}. It is too old to trust. Call {phone} if you are unsure, and read',
      tooOldLink: 'when to get help',
      helpPath: '/when-to-get-help',
    },
    es: {
      locale: 'es-US',
      banner: 'Está leyendo una copia guardada el {date}. Llame al {phone} si tiene dudas.',
      tooOld: 'Esta copia se guardó el {date}. Es muy vieja para confiar en ella. Llame al {phone} si tiene dudas, y lea',
      tooOldLink: 'cuándo pedir ayuda',
      helpPath: '/es/when-to-get-help',
    },
  },
};

const page = `<html><body><main id="main-content">${BANNER_MARK}<h1>Aftercare</h1></main></body></html>`;

describe('copyAge (an injected clock)', () => {
  it('is fresh on the day it was saved and up to the last moment of maxAgeDays', () => {
    expect(copyAge(SAVED, SAVED, 90)).toBe('fresh');
    expect(copyAge(SAVED, SAVED + 89 * DAY, 90)).toBe('fresh');
    expect(copyAge(SAVED, SAVED + 90 * DAY, 90)).toBe('fresh');
  });

  it('is too old one moment after maxAgeDays, and any time later', () => {
    expect(copyAge(SAVED, SAVED + 90 * DAY + 1, 90)).toBe('too-old');
    expect(copyAge(SAVED, SAVED + 400 * DAY, 90)).toBe('too-old');
    expect(copyAge(SAVED, SAVED + 1 * DAY + 1, 1)).toBe('too-old');
    expect(copyAge(SAVED, SAVED + 1 * DAY, 1)).toBe('fresh');
  });

  it('is too old when the save time cannot be read, and fresh when the phone clock was put back', () => {
    expect(copyAge(Number.NaN, SAVED, 90)).toBe('too-old');
    expect(copyAge(SAVED, SAVED - 5 * DAY, 90)).toBe('fresh');
  });
});

describe('the banner', () => {
  it('says when the copy was saved and whom to call, in English', () => {
    expect(bannerHtml('fresh', SAVED, settings.words.en!, settings)).toBe(
      '<div class="offline-banner" data-offline-banner="fresh"><p>You are reading a copy saved on December 1, 2026. Call <a href="tel:+13035550142">+1 303-555-0142</a> if you are unsure.</p></div>',
    );
  });

  it('says it is too old, with the phone and the link to when to get help, in Spanish', () => {
    expect(bannerHtml('too-old', SAVED, settings.words.es!, settings)).toBe(
      '<div class="offline-banner offline-banner-old" data-offline-banner="too-old"><p><strong>Esta copia se guardó el 1 de diciembre de 2026. Es muy vieja para confiar en ella. Llame al <a href="tel:+13035550142">+1 303-555-0142</a> si tiene dudas, y lea <a href="/es/when-to-get-help">cuándo pedir ayuda</a>.</strong></p></div>',
    );
  });

  it('writes the date in the clinic time zone (late evening in Denver is still the same day there)', () => {
    const lateInDenver = Date.UTC(2026, 11, 2, 5, 30); // 1 December, 22:30 in Denver
    expect(bannerHtml('fresh', lateInDenver, settings.words.en!, settings)).toContain('saved on December 1, 2026.');
  });

  it('escapes what it writes', () => {
    const words = { ...settings.words.en!, banner: 'Saved <b>{date}</b> & call {phone}' };
    expect(bannerHtml('fresh', SAVED, words, { ...settings, phone: '1<2' })).toContain('Saved &lt;b&gt;December 1, 2026&lt;/b&gt; &amp; call <a href="tel:+13035550142">1&lt;2</a>');
  });
});

describe('savedPageHtml', () => {
  it('puts the fresh banner where the mark is, and chooses the language from the path', () => {
    expect(savedPageHtml(page, '/aftercare', SAVED, SAVED + DAY, settings)).toBe(
      '<html><body><main id="main-content"><div class="offline-banner" data-offline-banner="fresh"><p>You are reading a copy saved on December 1, 2026. Call <a href="tel:+13035550142">+1 303-555-0142</a> if you are unsure.</p></div><h1>Aftercare</h1></main></body></html>',
    );
    expect(savedPageHtml(page, '/es/aftercare', SAVED, SAVED + DAY, settings)).toContain('Está leyendo una copia guardada el 1 de diciembre de 2026.');
  });

  it('gives the too-old banner after maxAgeDays', () => {
    const html = savedPageHtml(page, '/es', SAVED, SAVED + 91 * DAY, settings);
    expect(html).toContain('data-offline-banner="too-old"');
    expect(html).not.toContain(BANNER_MARK);
  });

  it('leaves a page without the mark as it is', () => {
    expect(withBanner('<main>x</main>', '<div>b</div>')).toBe('<main>x</main>');
  });
});

describe('names and paths', () => {
  it('names the cache by build', () => {
    expect(cacheNameFor('abc123')).toBe('port-guide-offline-abc123');
  });

  it('finds the language of a path', () => {
    expect(languageOfPath('/es', ['en', 'es'])).toBe('es');
    expect(languageOfPath('/es/aftercare', ['en', 'es'])).toBe('es');
    expect(languageOfPath('/estimates', ['en', 'es'])).toBe('en');
    expect(languageOfPath('/aftercare', ['en'])).toBe('en');
  });

  it('saves a page under its path alone', () => {
    expect(savedPathFor('https://site.example/aftercare/')).toBe('/aftercare');
    expect(savedPathFor('https://site.example/preparation?appointment=2027-01-05T08:30')).toBe('/preparation');
    expect(savedPathFor('https://site.example/')).toBe('/');
  });
});
