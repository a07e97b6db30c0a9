import { checkDictionary, DictionaryError } from './check';
import { en } from './en';
import { LANGUAGE_INFO, dictionaryFor, fill, localePath, plural } from './index';
import { SUPPORTED_LANGUAGES } from './languages.mjs';

it('every supported language has a dictionary with exactly the English keys and placeholders', () => {
  for (const lang of SUPPORTED_LANGUAGES) expect(() => dictionaryFor(lang)).not.toThrow();
});

it('fails naming a key the dictionary misses, a key English lacks and a lost placeholder', () => {
  const broken = structuredClone(LANGUAGE_INFO.es.dictionary) as unknown as Record<string, Record<string, string>>;
  delete broken.frame!.skipLink;
  broken.frame!.extraWord = 'palabra';
  broken.reviewed!.by = ' (revisado).';
  let message = '';
  try {
    checkDictionary('es', broken, en);
  } catch (error) {
    expect(error).toBeInstanceOf(DictionaryError);
    message = (error as Error).message;
  }
  expect(message).toContain('lib/i18n/es.ts');
  expect(message).toContain('frame.skipLink is missing (English has it)');
  expect(message).toContain('frame has key(s) English does not have: extraWord');
  expect(message).toContain('reviewed.by must use exactly the placeholders {reviewer}');
});

it('fails on a whole missing section', () => {
  const partial: Partial<typeof en> = { ...LANGUAGE_INFO.es.dictionary };
  delete partial.seo;
  expect(() => checkDictionary('xx', partial, en)).toThrow('seo is missing (English has it)');
});

it('fills placeholders and picks plural forms', () => {
  expect(fill('Call {number} now', { number: '911' })).toBe('Call 911 now');
  expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  expect(plural(en.values, 'day', 1)).toBe('1 day');
  expect(plural(en.values, 'day', 3)).toBe('3 days');
  expect(plural(LANGUAGE_INFO.es.dictionary.values, 'hour', 1)).toBe('1 hora');
  expect(plural(LANGUAGE_INFO.es.dictionary.values, 'hour', 6)).toBe('6 horas');
});

it('puts every language but English under its own prefix', () => {
  expect(localePath('en', '/aftercare#when-to-call')).toBe('/aftercare#when-to-call');
  expect(localePath('es', '/aftercare#when-to-call')).toBe('/es/aftercare#when-to-call');
  expect(localePath('es', '/')).toBe('/es');
  expect(localePath('es', '/#main')).toBe('/es#main');
});
