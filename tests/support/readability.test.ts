import { fleschKincaid } from 'flesch-kincaid';
import { gradeOf, gradeOfBlocks, joinBlocks, readableBlocks, textCounts } from './readability.mjs';

it('counts sentences, words and syllables', () => {
  expect(textCounts('The port sits under your skin. Does it hurt? No!')).toEqual({ sentence: 3, word: 10, syllable: 11 });
  // A decimal point or a numeral is not a sentence end; numerals count as one syllable.
  expect(textCounts('About 2000 sticks at 38.3 degrees.')).toEqual({ sentence: 1, word: 6, syllable: 8 });
});

it('gives the Flesch-Kincaid grade from the library', () => {
  const text = 'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.';
  expect(gradeOf(text)).toBeCloseTo(fleschKincaid(textCounts(text)), 10);
  expect(gradeOf('')).toBe(0);
});

it('scores short plain sentences lower than long technical ones', () => {
  const plain = 'A port is a small device. It sits under your skin. A nurse uses it to give you medicine.';
  const technical =
    'An implantable venous access device comprises a subcutaneous reservoir with a self-sealing silicone septum, connected to a catheter terminating at the cavoatrial junction.';
  expect(gradeOf(plain)).toBeLessThan(4);
  expect(gradeOf(technical)).toBeGreaterThan(12);
});

it('ends each block as a sentence, so headings and list items do not run together', () => {
  expect(joinBlocks(['Before you come', 'Bring a driver.', '  a list of   your medicines '])).toBe(
    'Before you come. Bring a driver. a list of your medicines.',
  );
  expect(gradeOfBlocks(['Before you come', 'Bring a driver.']).sentence).toBe(2);
});

it('reads the text blocks of an article, leaving out navigation, drawings and hidden text', () => {
  document.body.innerHTML = `
    <article>
      <h1>Caring for your port</h1>
      <nav aria-label="On this page"><a href="#a">The first days</a></nav>
      <p>Keep it <strong>dry</strong> for now.</p>
      <ul><li>Redness</li><li><p>Pus</p></li></ul>
      <figure><svg><text>Collarbone</text></svg><figcaption>Where the port sits.</figcaption></figure>
      <span aria-hidden="true">▸</span>
      <div>Loose text</div>
    </article>`;
  expect(readableBlocks(document.querySelector('article')!)).toEqual([
    'Caring for your port',
    'Keep it dry for now.',
    'Redness',
    'Pus',
    'Where the port sits.',
    'Loose text',
  ]);
});
