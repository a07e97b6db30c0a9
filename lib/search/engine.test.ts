import { createSearch, excerptOf } from './engine';

const index = {
  lang: 'en' as const,
  sections: [
    { page: 'Caring for your port', section: 'Showers', url: '/aftercare#showers', text: 'You can shower if you cover the area. Do not swim until it has healed.' },
    { page: 'Using your port', section: 'Flushes', url: '/using-your-port#flushes', text: 'A nurse flushes your port with saline every few weeks.' },
    { page: 'Words you may hear', section: 'Huber needle', url: '/glossary#huber-needle', text: 'A special needle that goes into the septum.' },
  ],
};

it('finds a section by a plural, a prefix, a misspelling and a synonym', () => {
  const search = createSearch(index);
  expect(search('showers')[0]?.url).toBe('/aftercare#showers');
  expect(search('flus')[0]?.url).toBe('/using-your-port#flushes');
  expect(search('salene')[0]?.url).toBe('/using-your-port#flushes');
  expect(search('huber')[0]?.url).toBe('/glossary#huber-needle');
  expect(search('can I')).toEqual([]);
});

it('marks the matched words in the excerpt, not the punctuation after them', () => {
  expect(excerptOf('You can shower if you cover the area. Showers, baths.', ['shower'], 'en')).toEqual([
    { text: 'You can ', mark: false },
    { text: 'shower', mark: true },
    { text: ' if you cover the area. ', mark: false },
    { text: 'Showers', mark: true },
    { text: ', baths.', mark: false },
  ]);
});

it('cuts a long text around the first match', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
  words[40] = 'fever';
  const parts = excerptOf(words.join(' '), ['fever'], 'en');
  expect(parts[0]).toEqual({ text: '… w32 w33 w34 w35 w36 w37 w38 w39 ', mark: false });
  expect(parts[1]).toEqual({ text: 'fever', mark: true });
  expect(parts.at(-1)?.text).toMatch(/^ w41 .* w61 …$/);
});

it('starts the excerpt at a word the patient typed before a synonym it brought in', () => {
  const text = `Call if you have a temperature of 38 °C. ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} Do not wait for the fever to go down.`;
  const parts = excerptOf(text, ['temperatur', 'fever'], 'en', ['fever']);
  expect(parts.find((part) => part.mark)?.text).toBe('fever');
});
