// What a patient types on /search and /es/search, and where the search must
// send them, written out by hand from reading the pages (not from the search
// code): misspellings, plurals, accents, and the other names patients use.
// `first`: the first result's address ("/x#y"), or the page it must be on ("/x").
// `top3`: an address among the first three, where more than one section fits.
import type { LanguageCode } from '../../lib/i18n';

export type ExpectedSearch = { query: string; why: string } & ({ first: string } | { top3: string });

export const EXPECTED_SEARCHES: Record<LanguageCode, ExpectedSearch[]> = {
  en: [
    { query: 'flush', first: '/glossary#flush', why: 'the word itself' },
    { query: 'flus', first: '/glossary#flush', why: 'misspelt, or half typed' },
    { query: 'flsh', first: '/glossary#flush', why: 'a letter missing' },
    { query: 'flushes', first: '/glossary#flush', why: 'plural' },
    { query: 'can I swim', first: '/faq#can-i-shower-and-swim', why: 'a question, small words ignored' },
    { query: 'swiming', first: '/faq#can-i-shower-and-swim', why: 'misspelt' },
    { query: 'Huber needle', first: '/glossary#huber-needle', why: 'what nurses call the needle' },
    { query: 'huber', first: '/glossary#huber-needle', why: 'one word of it' },
    { query: 'PICC', first: '/glossary#picc-line', why: 'another kind of line' },
    { query: 'portacath', first: '/what-is-a-port#other-names-for-a-port', why: 'another name for a port' },
    { query: 'Port-a-Cath', first: '/what-is-a-port#other-names-for-a-port', why: 'the brand, hyphenated' },
    { query: 'mediport', first: '/what-is-a-port#other-names-for-a-port', why: 'a brand name' },
    { query: 'chemo port', top3: '/glossary#port', why: 'what many patients call it' },
    { query: 'showers', first: '/aftercare#showers', why: 'plural' },
    { query: 'infections', first: '/glossary#infection', why: 'plural' },
    { query: 'infektion', first: '/glossary#infection', why: 'misspelt' },
    { query: 'blood clots', first: '/glossary#blood-clot', why: 'plural, two words' },
    { query: 'fevers', top3: '/removal#signs-of-infection-after-your-port-is-out', why: 'plural; the signs say "temperature"' },
    { query: 'removal', first: '/removal', why: 'the page says "taking out"' },
    { query: 'fasting', first: '/preparation#eating-and-drinking', why: 'the page says "eating and drinking"' },
    { query: 'interpreter', first: '/contact#interpreters', why: 'singular of the heading' },
    { query: 'bleeding', first: '/aftercare#bleeding', why: 'the heading' },
    { query: 'MRI', first: '/faq#can-i-have-an-mri-scan-with-a-port', why: 'an abbreviation' },
    { query: 'seat belt', first: '/faq#will-my-seat-belt-press-on-my-port', why: 'two words' },
  ],
  es: [
    { query: 'fiebre', first: '/es/removal#signs-of-infection-after-your-port-is-out', why: 'la palabra' },
    { query: 'fiebres', first: '/es/removal#signs-of-infection-after-your-port-is-out', why: 'plural' },
    { query: 'lavado', first: '/es/glossary#flush', why: 'la palabra del glosario' },
    { query: 'lavdo', first: '/es/glossary#flush', why: 'falta una letra' },
    { query: 'intérprete', first: '/es/contact#interpreters', why: 'con acento' },
    { query: 'interprete', first: '/es/contact#interpreters', why: 'sin acento' },
    { query: 'aguja Huber', first: '/es/glossary#huber-needle', why: 'la aguja especial' },
    { query: 'PICC', first: '/es/glossary#picc-line', why: 'otra clase de vía' },
    { query: 'portacath', first: '/es/what-is-a-port#other-names-for-a-port', why: 'otro nombre del puerto' },
    { query: 'Port-a-Cath', first: '/es/what-is-a-port#other-names-for-a-port', why: 'la marca, con guiones' },
    { query: 'mediport', first: '/es/what-is-a-port#other-names-for-a-port', why: 'una marca' },
    { query: 'reservorio', first: '/es/what-is-a-port#other-names-for-a-port', why: 'el nombre en España y Argentina' },
    { query: 'duchas', first: '/es/aftercare#showers', why: 'plural' },
    { query: 'infecciones', first: '/es/glossary#infection', why: 'plural' },
    { query: 'infeccion', first: '/es/glossary#infection', why: 'sin acento' },
    { query: 'coagulo', first: '/es/glossary#blood-clot', why: 'sin acento' },
    { query: 'sangrado', first: '/es/aftercare#bleeding', why: 'el título' },
    { query: 'nadar', first: '/es/faq#can-i-shower-and-swim', why: 'un verbo' },
    { query: 'quitar el puerto', first: '/es/removal', why: 'palabras del título' },
    { query: 'ayuno', first: '/es/preparation#eating-and-drinking', why: 'la página dice "comer y beber"' },
    { query: 'cinturón de seguridad', first: '/es/faq#will-my-seat-belt-press-on-my-port', why: 'tres palabras' },
    { query: 'resonancia', first: '/es/faq#can-i-have-an-mri-scan-with-a-port', why: 'resonancia magnética' },
  ],
};
