import { aToZ, letterOf } from './a-to-z';

const pages = [
  { title: 'Using your port', href: '/using-your-port', headings: [{ depth: 2, text: 'A blocked port', id: 'a-blocked-port' }] },
  { title: 'Words you may hear', href: '/glossary', headings: [{ depth: 2, text: 'Treatments', id: 'treatments' }, { depth: 3, text: 'Saline', id: 'saline' }] },
];

it('files every page title and section under its letter, in order, with the page a section is on', () => {
  expect(aToZ(pages, 'en-US')).toEqual([
    { letter: 'A', entries: [{ text: 'A blocked port', href: '/using-your-port#a-blocked-port', page: 'Using your port' }] },
    { letter: 'S', entries: [{ text: 'Saline', href: '/glossary#saline', page: 'Words you may hear' }] },
    { letter: 'T', entries: [{ text: 'Treatments', href: '/glossary#treatments', page: 'Words you may hear' }] },
    { letter: 'U', entries: [{ text: 'Using your port', href: '/using-your-port' }] },
    { letter: 'W', entries: [{ text: 'Words you may hear', href: '/glossary' }] },
  ]);
});

it('leaves out what the caller lists elsewhere (the glossary terms)', () => {
  const letters = aToZ(pages, 'en-US', (page, depth) => page.href === '/glossary' && depth === 3);
  expect(letters.map((letter) => letter.letter)).toEqual(['A', 'T', 'U', 'W']);
});

it('files by the first letter, accents folded, ¿ and ¡ ignored, Ñ kept', () => {
  expect(letterOf('¿Puedo nadar?')).toBe('P');
  expect(letterOf('Ácido')).toBe('A');
  expect(letterOf('Ñandú')).toBe('Ñ');
  expect(letterOf('24 horas')).toBe('#');
});

it('sorts as Spanish does: Ñ after N', () => {
  const spanish = [{ title: 'Ñame', href: '/a', headings: [] }, { title: 'Oreja', href: '/b', headings: [] }, { title: 'Nariz', href: '/c', headings: [] }];
  expect(aToZ(spanish, 'es-US').map((letter) => letter.letter)).toEqual(['N', 'Ñ', 'O']);
});
