import { en } from '@/content/clinical-wording/en';
import { LANGUAGE_INFO } from '@/lib/i18n';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n/languages.mjs';
import { CLINICAL_WORDING, checkClinicalWording, clinicalWordingFor } from './clinical-wording';
import { getPages } from './pages';

it('every supported language has clinical wording with exactly the English keys, placeholders and review date', () => {
  for (const lang of SUPPORTED_LANGUAGES) expect(() => clinicalWordingFor(lang)).not.toThrow();
});

it('fails naming a missing key, an extra key, a lost placeholder, another review date and no reviewer', () => {
  const broken = structuredClone(CLINICAL_WORDING.es) as unknown as { words: Record<string, Record<string, string>> };
  delete broken.words.signs!.emergency1;
  broken.words.signs!.extra = 'palabra';
  broken.words.signs!.callUs = 'Llámenos.';
  let message = '';
  try {
    checkClinicalWording('es', broken as never);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain('content/clinical-wording/es.ts does not match content/clinical-wording/en.ts');
  expect(message).toContain('signs.emergency1 is missing (English has it)');
  expect(message).toContain('signs has key(s) English does not have: extra');
  expect(message).toContain('signs.callUs must use exactly the placeholders {phone}');
  expect(() => checkClinicalWording('es', { ...CLINICAL_WORDING.es, lastReviewed: '2026-12-03' })).toThrow('lastReviewed must be 2026-12-02, as in English');
  expect(() => checkClinicalWording('es', { ...CLINICAL_WORDING.es, lastReviewed: '2026-02-30' })).toThrow('lastReviewed must be a real calendar date');
  expect(() => checkClinicalWording('es', { ...CLINICAL_WORDING.es, reviewer: '' })).toThrow('reviewer must name the person or team');
});

it('was reviewed on a date a page of the guide was reviewed on, by the pages’ reviewer', () => {
  const pages = getPages('en');
  expect(pages.map((page) => page.lastReviewed)).toContain(en.lastReviewed);
  expect(pages.map((page) => page.reviewer)).toContain(en.reviewer);
  expect(getPages('es').map((page) => page.reviewer)).toContain(CLINICAL_WORDING.es.reviewer);
});

it('reaches the planner script, the calendar file and the staff page through the dictionary, word for word', () => {
  for (const lang of SUPPORTED_LANGUAGES) {
    const words = LANGUAGE_INFO[lang].dictionary.plannerScript as Record<string, string>;
    for (const [key, sentence] of Object.entries(CLINICAL_WORDING[lang].words.calendar)) expect(words[key]).toBe(sentence);
    expect(Object.keys(words).at(-1)).toBe('fileName');
  }
});
