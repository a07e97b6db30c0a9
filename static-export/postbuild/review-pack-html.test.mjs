// @vitest-environment node
import { parse } from 'parse5';
import { checkedLine, clinicValues, pageContent, reviewPackHtml, unsignedPackWarning } from './review-pack-html.mjs';

// A page as the export writes it: header and footer around <main>, scripts, a drawing, planner templates.
const builtPage = (main) =>
  '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/_next/static/chunks/site.css"><script src="/_next/static/chunks/a.js"></script></head>' +
  '<body><a href="#main-content">Skip to main content</a><header><nav aria-label="Main"><a href="/aftercare">Aftercare</a></nav></header>' +
  `<main id="main-content">${main}</main><footer>Footer text</footer></body></html>`;

const aftercare = builtPage(
  '<article><h1 class="x">Caring for your port</h1>' +
    '<nav aria-labelledby="toc"><p id="toc">On this page</p><ul><li><a href="#first">The first days</a></li></ul></nav>' +
    '<div class="section-heading"><h2 id="first">The first days</h2><a href="#first" class="section-link print:hidden"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: The first days</span></a></div>' +
    '<p>Keep a dressing on for <!-- -->3 days<!-- -->. Call <a href="tel:+13035550142">+1 303-555-0142</a>.</p>' +
    '<p>See <a href="https://www.openstreetmap.org/search?query=x">the map</a>.</p>' +
    '<figure><svg role="img" viewBox="0 0 10 10"><title>The parts of a port</title><desc>A cut-away side view.</desc><text>septum</text><text>catheter</text></svg><figcaption>The parts.</figcaption></figure>' +
    '<img src="/brand/x.png" alt="A port under the skin">' +
    '<svg aria-hidden="true"><path d="M0 0"></path></svg>' +
    '<template data-planner-template="times"><p>Last solid food: <span data-fill="lastSolidFood"></span>.</p></template>' +
    '<section data-linked-times=""><h2>Your times</h2><dl><dt>Arrive</dt><dd data-fill="arrival"></dd></dl></section>' +
    '<noscript><p>Your browser is not running JavaScript.</p></noscript>' +
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>' +
    '<form action="/preparation"><label for="a">Your appointment</label><input id="a" name="a"><button type="submit">Show my times</button></form>' +
    '</article><aside aria-label="About this page"><p>Last reviewed: <time datetime="2026-11-23">November 23, 2026</time>.</p></aside>',
);

describe('pageContent', () => {
  const { title, html } = pageContent(aftercare);
  const text = html.replace(/<[^>]+>/g, '');

  it('takes the page title and the text of <main> only, not the header, navigation or footer', () => {
    expect(title).toBe('Caring for your port');
    expect(text).toContain('Keep a dressing on for 3 days. Call +1 303-555-0142.');
    expect(text).toContain('Last reviewed: November 23, 2026.');
    for (const outside of ['Skip to main content', 'Aftercare', 'Footer text', 'On this page', 'Link to this section']) expect(text).not.toContain(outside);
  });

  it('keeps the structure as plain elements, with no attribute, script or style from the site', () => {
    expect(html).toContain('<h1>Caring for your port</h1>');
    expect(html).toContain('<h2>The first days</h2>');
    const document = parse(`<body>${html}</body>`);
    const attributes = [];
    const walk = (node) => {
      for (const attr of node.attrs ?? []) if (attr.name !== 'class') attributes.push(`${node.tagName} ${attr.name}`);
      for (const child of node.childNodes ?? []) walk(child);
    };
    walk(document);
    expect(attributes).toEqual([]);
    for (const tag of ['<script', '<style', '<img', '<svg', '<input', '<a ', '<form']) expect(html).not.toContain(tag);
  });

  it('describes a drawing in words and drops decorative icons', () => {
    expect(text).toContain('Drawing (not reproduced in this pack): The parts of a port. Described to screen readers as: A cut-away side view. Labels in the drawing: septum; catheter.');
    expect(text).toContain('Picture (not reproduced in this pack): A port under the skin.');
    expect(text).toContain('The parts.');
  });

  it('writes a web link’s address as words, and shows what the script and a browser without JavaScript show', () => {
    expect(text).toContain('See the map (https://www.openstreetmap.org/search?query=x).');
    expect(text).toContain('Shown by the page\'s script when it applies ("times"):Last solid food: [lastSolidFood].');
    expect(text).toContain('Shown at the top of the page only when a patient opens a staff link with their appointment:Your timesArrive[arrival]');
    expect(text).toContain('Shown only when JavaScript is off:Your browser is not running JavaScript.');
    expect(text).toContain('Your appointment[Show my times]');
  });

  it('refuses a page with no <main>, naming it', () => {
    expect(() => pageContent('<html><body><p>Hi</p></body></html>', 'out/x.html')).toThrow('out/x.html has no <main>');
  });
});

describe('clinicValues', () => {
  const parsed = {
    name: 'Harbour Point Imaging',
    fasting: { solidFoodHoursBefore: 8, clearLiquidsHoursBefore: 2 },
    openingHours: [{ days: ['Mo', 'Tu'], opens: '07:30' }],
    aftercare: { dressingDays: 3, feverCelsius: 38, checkUpDaysAfter: { from: 7, to: 10 } },
    email: undefined,
    brand: { logo: '/work/site/tests/fixtures/logo.svg' },
  };
  const written = {
    name: 'Harbour Point Imaging',
    fasting: { solidFoodHoursBefore: 8, clearLiquidsHoursBefore: 2 },
    openingHours: [{ days: ['Mo', 'Tu'], opens: '07:30' }],
    aftercare: { dressingDays: 3 },
    brand: { logo: 'logo.svg' },
  };
  const rows = clinicValues(parsed, written, { cwd: '/work/site' });
  const lines = rows.map((row) => `${row.key}: ${row.value}${row.isDefault ? ' (default)' : ''}`);

  it('lists every value by its key path, in the config’s order, marking the defaults the clinic did not write', () => {
    expect(lines).toEqual([
      'name: "Harbour Point Imaging"',
      'fasting.solidFoodHoursBefore: 8',
      'fasting.clearLiquidsHoursBefore: 2',
      'openingHours[0].days: ["Mo", "Tu"]',
      'openingHours[0].opens: "07:30"',
      'aftercare.dressingDays: 3',
      'aftercare.feverCelsius: 38.0 (default)',
      'aftercare.checkUpDaysAfter.from: 7 (default)',
      'aftercare.checkUpDaysAfter.to: 10 (default)',
      'brand.logo: "tests/fixtures/logo.svg"',
    ]);
  });

  it('picks up a key it has never heard of', () => {
    const withNewKey = clinicValues({ ...parsed, aftercare: { ...parsed.aftercare, flushIntervalWeeks: 4 } }, written);
    expect(withNewKey.map((row) => `${row.key}: ${row.value}`)).toContain('aftercare.flushIntervalWeeks: 4');
  });
});

describe('reviewPackHtml', () => {
  const pages = [
    { id: 'en-aftercare', lang: 'en', language: 'English', path: '/aftercare', ...pageContent(aftercare), lastReviewed: '2026-11-23', reviewer: 'Port Guide clinical content team' },
    {
      id: 'es-aftercare',
      lang: 'es',
      language: 'Spanish',
      path: '/es/aftercare',
      ...pageContent(builtPage('<h1>Cómo cuidar su puerto</h1><p>Mantenga el vendaje 3 días.</p>')),
      sources: [
        { title: 'Your implanted port', publisher: 'Macmillan Cancer Support', url: 'https://www.macmillan.org.uk/port', read: '2026-12-01' },
        { title: 'A leaflet with a bad address', publisher: 'Somewhere', url: 'javascript:alert(1)', read: '2026-12-01' },
      ],
    },
  ];
  const values = [
    { key: 'fasting.solidFoodHoursBefore', value: '6', isDefault: false },
    { key: 'aftercare.feverCelsius', value: '38.0', isDefault: true },
  ];
  const pack = reviewPackHtml({ clinicName: 'Riverbend Clinic', siteUrl: 'https://ports.riverbend.example', values, builtOn: '2026-12-02', pages });
  const document = parse(pack);
  const elements = [];
  const walk = (node) => {
    if (node.tagName) elements.push(node);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(document);
  const text = pack.replace(/<[^>]+>/g, '');

  it('lists each clinic value with its key, defaults marked', () => {
    expect(text).toContain('fasting.solidFoodHoursBefore: 6');
    expect(text).toContain('aftercare.feverCelsius: 38.0 (default)');
    expect(text.indexOf('Clinic values')).toBeLessThan(text.indexOf('Caring for your port'));
  });

  it('has the pages in the order given, each with its own sign-off box, starting a new printed page', () => {
    const sections = elements.filter((el) => el.attrs.some((a) => a.name === 'class' && a.value === 'guide-page'));
    expect(sections.map((el) => el.attrs.find((a) => a.name === 'id').value)).toEqual(['en-aftercare', 'es-aftercare']);
    for (const section of sections) {
      const boxes = [];
      const inside = (node) => {
        if (node.attrs?.some((a) => a.name === 'class' && a.value === 'sign-off')) boxes.push(node);
        for (const child of node.childNodes ?? []) inside(child);
      };
      inside(section);
      expect(boxes).toHaveLength(1);
    }
    expect(text).toContain('Clinical sign-off: Caring for your port (English)');
    expect(text).toContain('Clinical sign-off: Cómo cuidar su puerto (Spanish)');
    for (const field of ['Name:', 'Role:', 'Date:', 'Signature:', 'Changes needed:']) expect(text.split(field).length - 1).toBe(2);
    expect(pack).toMatch(/@media print \{[\s\S]*?\.guide-page \{ break-before: page;/);
    expect(pack).toContain('<div class="page-text" lang="es">');
    // The page's address as words, to open it on the site; not a link.
    expect(text).toContain('Spanish, at https://ports.riverbend.example/es/aftercare');
    expect(pack).not.toContain('href="https://ports.riverbend.example');
  });

  it('shows each page’s sources, linking only a web address', () => {
    expect(text).toContain('Your implanted port, Macmillan Cancer Support, read 2026-12-01.');
    expect(text).toContain('No sources are listed in this page’s frontmatter.');
    expect(pack).not.toContain('href="javascript:');
  });

  it('has no script and asks for nothing from anywhere: the only addresses are in-page anchors and the sources’ links', () => {
    expect(elements.filter((el) => el.tagName === 'script')).toEqual([]);
    const addresses = elements.flatMap((el) => el.attrs.filter((a) => a.name === 'href' || a.name === 'src').map((a) => a.value));
    const external = addresses.filter((address) => !address.startsWith('#'));
    expect(external).toEqual(['https://www.macmillan.org.uk/port']);
    expect(addresses).toContain('#en-aftercare');
    expect(pack).not.toMatch(/url\(|@import/);
  });

  it('says when nobody has signed, and who signed when somebody has', () => {
    expect(text).toContain('Not signed yet.');
    const signed = reviewPackHtml({ clinicName: 'Riverbend Clinic', values, builtOn: '2026-12-02', pages, signOff: { name: 'Dr. Ana Reyes', role: 'Nurse educator', date: '2026-11-30' } });
    expect(signed.replace(/<[^>]+>/g, '')).toContain('Checked for Riverbend Clinic by Dr. Ana Reyes, Nurse educator, on 2026-11-30');
    expect(signed).not.toContain('Not signed yet.');
  });
});

it('writes the line for a signed clinic', () => {
  expect(checkedLine('Harbour Point Imaging', { name: 'Dr. Ana Reyes', role: 'Nurse educator', date: '2026-11-30' })).toBe(
    'Checked for Harbour Point Imaging by Dr. Ana Reyes, Nurse educator, on 2026-11-30',
  );
});

it('warns in one line, naming the pack and the config key that signs it', () => {
  const warning = unsignedPackWarning('out-deploy/review-pack.html');
  expect(warning).toBe(
    'Warning: the review pack out-deploy/review-pack.html is unsigned: no clinician has signed these pages for this clinic. ' +
      'Have a clinician check it, then add clinicalSignOff: { "name", "role", "date" } to the clinic config (docs/review-pack.md).',
  );
  expect(warning).not.toContain('\n');
  // npm test fails a build that prints an "Error:" line (static-export/verify/build-output.mjs).
  expect(warning).not.toMatch(/Error:/);
});

describe('reviewPackHtml: the shared clinical sentences', () => {
  const wording = {
    lang: 'es',
    language: 'Spanish',
    file: 'content/clinical-wording/es.ts',
    lastReviewed: '2026-12-02',
    reviewer: 'Equipo de contenido clínico',
    words: { signs: { callNumber: 'Llame al {number}.', emergency1: 'dolor <en> el pecho' }, sedation: { rule: 'Durante 24 horas, no maneje.' } },
  };
  const pack = reviewPackHtml({ clinicName: 'Riverbend Clinic', values: [], builtOn: '2026-12-02', pages: [], clinicalWording: [wording] });

  it('lists every sentence by section and key, as written, with its file, review date and reviewer', () => {
    expect(pack).toContain('<h2 id="clinical-wording">Shared clinical sentences</h2>');
    expect(pack).toContain('<p>Spanish, in content/clinical-wording/es.ts</p>');
    expect(pack).toContain('<p>Last reviewed 2026-12-02, by Equipo de contenido clínico.</p>');
    expect(pack).toContain('<h3>signs</h3>');
    expect(pack).toContain('<li><code>callNumber</code>: Llame al {number}.</li>');
    expect(pack).toContain('<li><code>emergency1</code>: dolor &lt;en&gt; el pecho</li>');
    expect(pack).toContain('<li><code>rule</code>: Durante 24 horas, no maneje.</li>');
  });

  it('gives them a sign-off box and a place in the contents', () => {
    expect(pack).toContain('Clinical sign-off: Shared clinical sentences (Spanish)');
    expect(pack).toContain('<a href="#clinical-wording-es">Shared clinical sentences</a> (Spanish, content/clinical-wording/es.ts)');
  });

  it('has no such section when there is no clinical wording', () => {
    expect(reviewPackHtml({ clinicName: 'Riverbend Clinic', values: [], builtOn: '2026-12-02', pages: [] })).not.toContain('Shared clinical sentences');
  });
});
