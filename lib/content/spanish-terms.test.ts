// The Spanish term list in content/TRANSLATING.md: no Spanish page, and no
// Spanish dictionary string, uses a rejected synonym.
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './pages';
import { findRejectedTerms, parseTermList } from './spanish-terms';

const ROOT = path.resolve(CONTENT_DIR, '..');
const list = parseTermList(fs.readFileSync(path.join(CONTENT_DIR, 'TRANSLATING.md'), 'utf8'));
const found = (text: string) => findRejectedTerms(text, list).map((f) => f.found);

describe('the term list', () => {
  it('is read from TRANSLATING.md, with a term and rejected words on every row', () => {
    expect(list.rules.length).toBeGreaterThan(10);
    for (const rule of list.rules) {
      expect(rule.use, rule.concept).not.toBe('');
      expect(rule.rejected.length, rule.concept).toBeGreaterThan(0);
    }
    const medicine = list.rules.find((rule) => rule.concept === 'medicine');
    expect(medicine).toEqual({ concept: 'medicine', use: 'medicina', rejected: ['medicamento*'] });
  });

  it('allows a word only for a rejected entry that is in the list, with a reason', () => {
    const entries = list.rules.flatMap((rule) => rule.rejected);
    for (const allow of list.allowed) {
      expect(entries).toContain(allow.rejected);
      expect(allow.phrase).not.toBe('');
      expect(allow.why).not.toBe('');
    }
  });
});

describe('finding rejected words', () => {
  it('finds a rejected word, whatever its capitals, with its line and the term to use', () => {
    const findings = findRejectedTerms('Hola.\nTome el Medicamento con agua.', list);
    expect(findings).toEqual([{ line: 2, found: 'Medicamento', use: 'medicina', concept: 'medicine' }]);
  });

  it.each([
    ['Los medicamentos pueden ayudar.', 'medicamentos'],
    ['Añadir a mi calendario', 'Añadir'],
    ['puede añadirlas a su calendario', 'añadirlas'],
    ['un tubo  fino y blando', 'tubo  fino'],
    ['Depósito: el pozo', 'pozo'],
    ['mientras le pasan la infusión', 'infusión'],
    ['No se bañe en tina.', 'en tina'],
    ['Día 7 a 10: revisión', 'revisión'],
    ['Última comida: 12:00 p. m.', '12:00 p. m.'],
  ])('finds the rejected word in "%s"', (text, word) => {
    expect(found(text)).toContain(word);
  });

  it.each([
    'Tome la medicina con agua.',
    'Escanee este código con la cámara de su teléfono.',
    'puerto de quimio o puerto de infusión',
    'Última revisión: 23 de noviembre de 2026',
    'No se bañe en la tina.',
    'Pregúntele a su equipo de atención.',
    'un tubo delgado',
    'un alambre fino',
    'la señal',
    'Agregar a mi calendario',
  ])('leaves "%s" alone', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps accents: "cámara" is rejected, "camara" (no accent) is another word', () => {
    expect(found('la cámara del puerto')).toEqual(['cámara']);
    expect(found('la camara del puerto')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(found('los signos')).toEqual(['signos']);
    expect(found('los signosos, designo')).toEqual([]);
  });

  it('allows a phrase only for its own rejected word', () => {
    expect(found('la cámara de su teléfono y la cámara del puerto')).toEqual(['cámara']);
  });
});

const spanishFiles = [
  ...fs
    .readdirSync(path.join(CONTENT_DIR, 'es'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(CONTENT_DIR, 'es', name)),
  path.join(ROOT, 'lib/i18n/es.ts'),
  path.join(ROOT, 'content/clinical-wording/es.ts'),
];

describe('the Spanish pages, dictionary and clinical wording', () => {
  it('include every Spanish page, the dictionary and the clinical wording', () => {
    expect(spanishFiles.length).toBeGreaterThanOrEqual(14);
  });

  it.each(spanishFiles.map((file) => [path.relative(ROOT, file), file]))('%s uses no rejected synonym', (name, file) => {
    const findings = findRejectedTerms(fs.readFileSync(file, 'utf8'), list).map(
      (f) => `${name}:${f.line}: "${f.found}" → use "${f.use}" (${f.concept})`,
    );
    expect(findings).toEqual([]);
  });
});
