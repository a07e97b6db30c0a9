import { foldAccents, queryTerms, stem, tokenize } from './terms';

it('folds accents and case but keeps ñ a letter of its own', () => {
  expect(foldAccents('Intérprete')).toBe('interprete');
  expect(foldAccents('INFECCIÓN')).toBe('infeccion');
  expect(foldAccents('Año')).toBe('año');
});

it('splits words, joins the spellings of Port-a-Cath and keeps a temperature whole', () => {
  expect(tokenize('Port-a-Cath, port a cath o portacath')).toEqual(['portacath', 'portacath', 'o', 'portacath']);
  expect(tokenize('100.4 °F (38.0 °C)')).toEqual(['100.4', 'f', '38.0', 'c']);
});

it.each([
  ['en', 'fevers', 'fever'],
  ['en', 'fever', 'fever'],
  ['en', 'flushing', 'flush'],
  ['es', 'fiebres', 'fiebr'],
  ['es', 'fiebre', 'fiebr'],
  ['es', 'agujas', 'aguj'],
] as const)('%s: %s has the stem %s', (lang, word, expected) => {
  expect(stem(word, lang)).toBe(expected);
});

it('drops words that carry no meaning', () => {
  expect(queryTerms('can', 'en')).toEqual([]);
  expect(queryTerms('puedo', 'es')).toEqual([]);
});

it('adds the page words for what patients type, by the word or its stem', () => {
  expect(queryTerms('mediport', 'en')).toEqual(['mediport', 'port']);
  expect(queryTerms('portacath', 'es')).toEqual(['portacath', 'puert']);
  expect(queryTerms('fevers', 'en')).toEqual(['fever', 'temperatur']);
  expect(queryTerms('huber', 'en')).toEqual(['huber', 'needl']);
});
