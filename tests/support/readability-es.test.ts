import { infleszBand, perspicuityOfBlocks, spanishSyllables, spanishTextCounts, szigrisztPazos } from './readability-es.mjs';

describe('spanishSyllables', () => {
  // Syllable counts as a Spanish dictionary divides these words.
  it.each([
    ['día', 2], // dí-a: an accented weak vowel breaks the pair
    ['guía', 2], // guí-a: the u of "gui" is silent
    ['ahora', 3], // a-ho-ra
    ['cirugía', 4], // ci-ru-gí-a
    ['aguja', 3], // a-gu-ja: "gu" before a is said
    ['hay', 1], // a final y is the vowel i, and ai is one syllable
    ['muy', 1],
    ['y', 1],
    ['puerto', 2], // puer-to
    ['paciente', 3], // pa-cien-te
    ['ciudad', 2], // ciu-dad
    ['leer', 2], // le-er: two strong vowels
    ['oído', 3], // o-í-do
    ['reúne', 3], // re-ú-ne
    ['que', 1],
    ['pingüino', 3], // pin-güi-no: ü is said
    ['buey', 1], // a triphthong
    ['enfermera', 4],
    ['catéter', 3],
    ['anestesia', 4], // a-nes-te-sia
    ['Médico', 3],
    ['2000', 1],
  ])('%s has %i', (word, expected) => {
    expect(spanishSyllables(word)).toBe(expected);
  });
});

it('counts a Spanish text with the same sentence rules as the English measure', () => {
  // Le 1, due-le 2, No 1, El 1, puer-to 2, es-tá 2, ba-jo 2, la 1, piel 1.
  expect(spanishTextCounts('¿Le duele? No. El puerto está bajo la piel.')).toEqual({ sentence: 3, word: 9, syllable: 13 });
});

it('scores with the Szigriszt-Pazos formula', () => {
  // 206.835 − 62.3 × (20/10) − 10/2 = 77.235, worked by hand.
  expect(szigrisztPazos({ sentence: 2, word: 10, syllable: 20 })).toBeCloseTo(77.235, 6);
  expect(szigrisztPazos({ sentence: 0, word: 0, syllable: 0 })).toBe(0);
});

it('reads the score on the INFLESZ scale', () => {
  expect(infleszBand(39.9)).toBe('muy difícil');
  expect(infleszBand(54.9)).toBe('algo difícil');
  expect(infleszBand(55)).toBe('normal');
  expect(infleszBand(65)).toBe('bastante fácil');
  expect(infleszBand(80)).toBe('bastante fácil');
  expect(infleszBand(80.1)).toBe('muy fácil');
});

it('scores short plain Spanish above long technical Spanish', () => {
  const plain = perspicuityOfBlocks(['Un puerto es un aparato pequeño.', 'Está bajo la piel.', 'La enfermera lo usa para darle medicina.']);
  const technical = perspicuityOfBlocks([
    'El dispositivo de acceso venoso implantable comprende un reservorio subcutáneo con una membrana autosellante de silicona, conectado a un catéter que termina en la unión cavoauricular.',
  ]);
  expect(plain.score).toBeGreaterThan(65);
  expect(technical.score).toBeLessThan(55);
});
