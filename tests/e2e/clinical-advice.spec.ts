// Issue 12's clinical corrections, read off the built pages of the default
// clinic: one list of emergency signs and one of infection signs on every
// page, the fever rule from the config (default 38.0 °C), the corrected
// advice, the new /using-your-port topics, and an FAQ whose structured data
// says what the page says. Expected words are written out here or in
// tests/support/expected-copy.ts, not taken from the code that renders them.
import {
  BLEEDING_ADVICE,
  BLEEDING_ADVICE_ES,
  CANCER_TEAM_FIRST,
  CANCER_TEAM_FIRST_ES,
  callNowLines,
  DO_NOT_WAIT,
  DO_NOT_WAIT_ES,
  feverLine,
  feverLineEs,
  helpLevels,
  helpLevelsEs,
  LEAK_FIRST_STEPS,
  LEAK_FIRST_STEPS_ES,
  MEDICINES,
  MEDICINES_ES,
  fastingRulesEs,
  SEDATION_HOME,
  SEDATION_RULE,
  SEDATION_RULE_ES,
  SIP_OF_WATER,
} from '../support/expected-copy';
import { DEFAULT_CLINIC } from '../support/clinics';
import { jsonLdNodes, nodeOfType } from '../support/structured-data';
import { words } from '../support/words';
import { expect, missingPaths, sitePaths, test } from './fixtures';
import { clinicalValuesSuite } from './suites/clinical-advice';
import { expectSigns } from './suites/pages';

const DEFAULT_FEVER = DEFAULT_CLINIC.fever;

// The lists of signs (tests/support/expected-copy.ts) with the clinic's fever line, on every page:
// the suite's step (tests/e2e/suites/pages.ts), which second-clinic.spec.ts runs for the second clinic.
for (const path of [...sitePaths(), ...missingPaths()]) {
  test(`${path} shows the one list of each kind of sign, never the same twice in a row, and no other`, async ({ page }) => {
    await page.goto(path);
    // The header link to /when-to-get-help, on the first screen at both widths, is checked in page-frame.spec.ts.
    await expectSigns(page, DEFAULT_CLINIC, path);
  });
}

// The clinic's dressing, check-up, lifting, fever and flush values where the pages state them.
clinicalValuesSuite(DEFAULT_CLINIC);

test('the topic pages end their "when to call" part with the short card that links to /when-to-get-help; only that page has the full lists', async ({ page }) => {
  // Eight pages in one test: three times the usual timeout on a busy 2-core machine.
  test.slow();
  for (const path of ['/aftercare', '/using-your-port', '/faq', '/insertion', '/risks', '/contact', '/removal']) {
    await page.goto(path);
    const card = page.locator('main [data-when-to-call]');
    await expect(card, path).toHaveCount(1);
    await expect(card.getByRole('link', { name: 'When to get help' }), path).toHaveAttribute('href', '/when-to-get-help');
    await expect(page.locator('main [data-warning-signs="emergency"], main [data-warning-signs="port-problem"]'), path).toHaveCount(0);
    // /removal alone keeps the infection signs, worded for the cut, in its aftercare (its words are checked on every page above).
    await expect(page.locator('main [data-warning-signs="infection"]'), path).toHaveCount(path === '/removal' ? 1 : 0);
  }
  await page.goto('/when-to-get-help');
  for (const kind of ['emergency', 'infection', 'port-problem', 'routine']) await expect(page.locator(`main [data-warning-signs="${kind}"]`)).toHaveCount(1);
});

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'en' ? '' : '/es';
  test(`${prefix}/when-to-get-help: three levels in order, each a heading with its words and list, then who to call and free interpreters`, async ({ page }) => {
    await page.goto(`${prefix}/when-to-get-help`);
    const main = page.getByRole('main');
    const levels = lang === 'en' ? helpLevels(DEFAULT_CLINIC.config.emergencyNumber) : helpLevelsEs(DEFAULT_CLINIC.config.emergencyNumber);
    for (const level of levels) await expect(main.getByRole('heading', { level: 2, name: level })).toBeVisible();
    // In this order on the page: most urgent first.
    const ids = await main.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.slice(0, 4)).toEqual(['call-emergency-number', 'call-right-away', 'call-when-open', 'interpreters']);
    const urgent = main.locator('[data-callout="urgent"]');
    await expect(urgent.locator('[data-cancer-team]')).toHaveText(lang === 'en' ? CANCER_TEAM_FIRST : CANCER_TEAM_FIRST_ES);
    await expect(urgent).toContainText(lang === 'en' ? DEFAULT_CLINIC.contact.urgentCall : 'Llámenos al (303) 555-0142. Cuando estemos cerrados, llame al (303) 555-0199.');
    await expect(urgent.locator('[data-first-steps] li')).toHaveText(lang === 'en' ? LEAK_FIRST_STEPS : LEAK_FIRST_STEPS_ES);
    await expect(urgent.locator('[data-bleeding-advice]')).toHaveText(lang === 'en' ? BLEEDING_ADVICE : BLEEDING_ADVICE_ES);
    await expect(main).toContainText(lang === 'en' ? DO_NOT_WAIT : DO_NOT_WAIT_ES);
    await expect(main).toContainText(lang === 'en' ? 'When you call, say the name of your language in English, for example "Spanish".' : 'Para español, diga «Spanish».');
  });
}

// The clinic's days and flush interval on /aftercare are suites/clinical-advice.ts's.
test('/aftercare: call at once at the fever line, day or night; the water exception; the lifting limit', async ({ page }) => {
  await page.goto('/aftercare');
  const main = page.getByRole('main');
  // It opens with the card, before "On this page", and /aftercare#when-to-call lands on it.
  const card = main.locator('[data-when-to-call]');
  await expect(card.locator('li').first()).toHaveText(callNowLines(DEFAULT_FEVER, '911')[0]!);
  expect(await card.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('nav[aria-labelledby="on-this-page"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await expect(page.locator('#when-to-call')).toHaveText('Call now if you have:');
  await expect(main).toContainText('While it is in, do not bathe, swim or use a hot tub. Keep the needle and its dressing dry and covered');
  await expect(main).toContainText('Heavy means more than about 10 pounds (4.5 kilograms), such as a full bag of groceries, unless your care team gives you another limit.');
  await expect(main).toContainText('If you have no check-up booked, ask us when you can get it wet.');
  await expect(main).toContainText('Let them fall off by themselves.');
  await expect(main).toContainText('Do not put creams, powders or lotions on the cut.');
  await expect(main).toContainText('Some bruising around the cuts is common.');
});

test('after sedation: 24 hours with no driving, alcohol, sleeping pills or big choices, and not a taxi alone, in both languages', async ({ page }) => {
  const rule: [string, string][] = [
    ['en', SEDATION_RULE],
    ['es', SEDATION_RULE_ES],
  ];
  for (const [lang, sentence] of rule) {
    for (const slug of ['preparation', 'insertion', 'removal']) {
      const path = lang === 'en' ? `/${slug}` : `/es/${slug}`;
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main, path).toContainText(sentence);
      expect(await main.innerText(), path).not.toMatch(/until the next day|hasta el día siguiente/);
    }
  }
  await page.goto('/');
  await expect(page.getByRole('main')).toContainText(SEDATION_HOME);
});

test('medicines in Spanish: keep taking them, and call as soon as you get your appointment', async ({ page }) => {
  await page.goto('/es/preparation');
  const main = page.getByRole('main');
  for (const sentence of [...MEDICINES_ES, ...fastingRulesEs({ fattyHours: DEFAULT_CLINIC.fasting.fattyHours!, liquidsHours: DEFAULT_CLINIC.fasting.liquidsHours })]) {
    await expect(main).toContainText(sentence);
  }
});

test('who puts ports in, the antibiotic and the needle sticks are said to vary', async ({ page }) => {
  await page.goto('/what-is-a-port');
  let main = page.getByRole('main');
  await expect(main).toContainText('In some hospitals, a specialist nurse who is trained to do it puts ports in.');
  await expect(main).toContainText('The septum can take hundreds to a couple of thousand needle sticks, depending on the model of port.');
  await page.goto('/insertion');
  main = page.getByRole('main');
  await expect(main).toContainText('Some care teams also give an antibiotic, a medicine that fights germs. Your care team will tell you if you need one.');
  await expect(main).not.toContainText('an antibiotic to stop infection');
});

test('when a port can be used: some teams the same day, others later, your care team says', async ({ page }) => {
  for (const path of ['/aftercare', '/what-is-a-port', '/faq']) {
    await page.goto(path);
    const main = page.getByRole('main');
    await expect(main, path).toContainText('Some care teams use a port on the day it is put in. Others wait for the cut to heal first.');
    await expect(main, path).toContainText('Your care team will tell you when yours can be used.');
  }
});

test('/preparation: the sip of water for medicines, what a clear liquid is, and the driver as a note, not urgent', async ({ page }) => {
  await page.goto('/preparation');
  const main = page.getByRole('main');
  await expect(main).toContainText('A clear liquid is one you can see through');
  await expect(main).toContainText('no milk');
  await expect(main).toContainText(SIP_OF_WATER);
  for (const sentence of MEDICINES) await expect(main).toContainText(sentence);
  await expect(main.locator('[data-callout="info"]', { hasText: 'You must have a driver' })).toContainText(
    SEDATION_RULE.slice(0, SEDATION_RULE.indexOf(' Your care team may also ask')),
  );
  await expect(main.locator('[data-callout="info"]', { hasText: 'You must have a driver' })).toHaveCount(1);
  await expect(main.locator('[data-callout="urgent"]')).toHaveCount(0);
});

test('/benefits, /risks and /insertion carry the source facts', async ({ page }) => {
  await page.goto('/benefits');
  let main = page.getByRole('main');
  await expect(main.locator('li', { hasText: 'antibiotics for a long time' })).toContainText('cystic fibrosis');
  await expect(main.locator('li', { hasText: 'hard to find' })).toHaveCount(0);
  for (const fact of [
    'you need fewer needles in your arm',
    'treatment that you need often but not all the time, over a long time',
    'fewer dressing changes',
    'Where heparin is used, it also needs fewer doses of it.',
    'Many care teams use only salt water (saline).',
    'less likely to slip out of place than a drip line in your arm or hand',
    'The one time you cannot is while a needle is in your port',
  ]) {
    await expect(main).toContainText(fact);
  }
  // Cost is not a clinical benefit, and it depends on the insurer (issue 20, Q17).
  await expect(main).not.toContainText('costs less');
  await expect(page.getByRole('heading', { name: 'It can cost less' })).toHaveCount(0);

  await page.goto('/risks');
  main = page.getByRole('main');
  await expect(main).toContainText('Bruising is common.');
  await expect(main).toContainText('leak out under the skin and damage the tissue there');

  await page.goto('/insertion');
  main = page.getByRole('main');
  for (const fact of [
    'conscious sedation',
    'cover your chest, neck and head with a germ-free sheet, called a sterile drape',
    'general anesthetic instead. You and your doctor agree on this before the day.',
    'They fix it in place there, so it stays put.',
    'a collapsed lung can show up later that day',
  ]) {
    await expect(main).toContainText(fact);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Warning signs after you go home' })).toBeVisible();
});

test('/using-your-port covers what patients ask about using a port', async ({ page }) => {
  await page.goto('/using-your-port');
  const main = page.getByRole('main');
  for (const topic of [
    'numbing cream or a cold spray',
    'non-coring needle',
    'saline',
    'blood comes back',
    'heparin lock',
    'Your care team will tell you what they use.',
    'If the needle stays in',
    'Do not bathe, swim or use a hot tub.',
    'power-injectable ports',
    'CT scan',
    'Your port card',
    'A blocked port',
    'Tell the nurse at once if you feel pain, burning or swelling around the needle during a drip.',
    'the skin over your port can get thin or sore',
    'Plan trips around your flush date',
    'PICC line',
    'tunneled central line',
  ]) {
    await expect(main).toContainText(topic);
  }
  await expect(main.locator('[data-warning-signs="call-now"] li').first()).toHaveText(callNowLines(DEFAULT_FEVER, '911')[0]!);
});

test("the FAQ's structured data says, word for word, what each answer on the page says", async ({ page }) => {
  await page.goto('/faq');
  const shown = await page.locator('main article').evaluate((article) => {
    const answers: Record<string, string[]> = {};
    let question: string | null = null;
    for (const child of article.children) {
      const h2 = child.matches('h2') ? child : child.matches('.section-heading') ? child.querySelector(':scope > h2') : null;
      if (h2) {
        question = h2.textContent!.trim();
        answers[question] = [];
        continue;
      }
      if (!question) continue;
      const copy = child.cloneNode(true) as Element;
      // Screen-reader-only prefixes and the "#" section links are not part of the answer's words.
      for (const hidden of copy.querySelectorAll('.visually-hidden, [aria-hidden="true"]')) hidden.remove();
      for (const block of copy.querySelectorAll('p, li, br, ul, ol, div, h3')) block.after(' ');
      answers[question]!.push(copy.textContent ?? '');
    }
    return Object.fromEntries(Object.entries(answers).map(([q, parts]) => [q, parts.join(' ')]));
  });
  const faq = nodeOfType(await jsonLdNodes(page), 'FAQPage')!;
  const entries = faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
  expect(entries.length).toBe(Object.keys(shown).length);
  for (const entry of entries) {
    expect(shown[entry.name], entry.name).toBeDefined();
    expect(words(entry.acceptedAnswer.text), entry.name).toEqual(words(shown[entry.name]!));
  }
  const call = entries.find((entry) => entry.name === 'When should I call for help?')!.acceptedAnswer.text;
  for (const line of callNowLines(DEFAULT_FEVER, '911')) expect(words(call)).toEqual(expect.arrayContaining(words(line)));
  expect(call).toContain('When to get help');
});

test('the home page opens with the fever line: in the first 900 characters of its main text, in each language', async ({ page }) => {
  for (const [path, fever] of [
    ['/', feverLine(DEFAULT_FEVER)],
    ['/es', feverLineEs(DEFAULT_FEVER)],
  ] as const) {
    await page.goto(path);
    const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
    expect(text.slice(0, 900), path).toContain(fever);
  }
});

test('the staff page has the help link in its header too', async ({ page }) => {
  await page.goto('/staff');
  await expect(page.getByRole('banner').locator('[data-help-link]')).toBeInViewport();
});

// Issue 20, items 5 and 6: the clinical read's corrections (Q) and missing topics (M), in both languages.
// Sentences written out from the review's wording, not taken from the content files.
const ITEM_5_AND_6 = {
  en: {
    '/faq': {
      has: ['Most ports are safe in an MRI scanner under set conditions.', 'Check your temperature before you take it, because some pain medicines can hide a fever.'],
      hasNot: ['Modern ports can be used', 'most often for up to 48 hours'],
    },
    '/what-is-a-port': {
      has: [
        'brand names, such as PowerPort, Port-A-Cath, BardPort or Mediport',
        'A port is one kind of central venous access device, or CVAD. That name covers other lines too, such as a PICC line.',
        'An arm port is often smaller. Its tube runs up a vein in your arm to a large vein near your heart.',
      ],
      hasNot: ['Infuse-a-Port', 'Passport'],
    },
    '/aftercare': {
      has: [
        'Check your temperature before you take acetaminophen (Tylenol) or ibuprofen (Advil). These medicines can hide a fever. If you are having chemotherapy, ask your care team before you take ibuprofen.',
        'Some stitches dissolve by themselves. Others need to be taken out.',
        'If yours need to come out, they will tell you when and who will do it.',
        'Ask your care team if you should not have your blood pressure taken on that arm.',
        'Contact sports, such as football, hockey or boxing, are not advised. A hard knock can hurt the port or the skin over it.',
      ],
      hasNot: ['most often for up to 48 hours'],
    },
    '/using-your-port': {
      has: [
        'It is called a non-coring needle, or a Huber needle.',
        'A nurse changes the needle and the dressing at least once a week. They change them sooner if the dressing gets wet or loose.',
        'This is called extravasation.',
      ],
      hasNot: [],
    },
    '/risks': {
      has: [
        'Sedation has risks too, but serious problems are rare. It can slow your breathing, and some people are allergic to it. That is why you need an empty stomach before it, and an adult to take you home after it.',
        'The live x-ray uses a small amount of radiation. The dose for a port is small.',
        'An infection soon after the port goes in is rare. Studies quoted by the Society of Interventional Radiology found it in fewer than 1 in 100 people.',
        'A clot in the vein is called a deep vein thrombosis.',
        'This is called neutropenia.',
      ],
      hasNot: ['do not have the risks of a general anesthetic'],
    },
    '/removal': {
      has: [
        'Tell us as soon as you get your appointment if you take a blood thinner. Your care team will tell you if you need to stop it, and when.',
        'If you will get medicine to help you relax, you need an empty stomach.',
        'Some stitches dissolve by themselves. If yours need to come out, your care team will tell you when and who will do it.',
        'Ask your care team when you can shower. Do not soak the cut in a bath or swim until it has healed.',
        'You will have a small scar. It fades over time.',
      ],
      hasNot: ['around the port'],
    },
    '/preparation': {
      has: [
        'breast surgery, or lymph nodes taken out from under your arm',
        'a pacemaker or another heart device under your skin',
        'a blood clot in your arm or neck, or a line or port before',
        'radiation therapy to your chest',
      ],
      hasNot: [],
    },
    '/insertion': {
      has: ['These steps are for a port in your chest. Some ports go in the upper arm instead.'],
      hasNot: [],
    },
    '/glossary': {
      has: ['The name many nurses use for the special needle that goes into a port.', 'A life-threatening reaction to an infection.'],
      hasNot: ['A fever can be a sign too.'],
    },
  },
  es: {
    '/es/faq': {
      has: [
        'son seguros en una máquina de resonancia magnética si se cumplen ciertas condiciones.',
        'Tómese la temperatura antes de tomarla, porque algunas medicinas para el dolor pueden ocultar la fiebre.',
      ],
      hasNot: ['Los puertos modernos se pueden usar', 'hasta 48 horas'],
    },
    '/es/what-is-a-port': {
      has: [
        'nombres de marca, como PowerPort, Port-A-Cath, BardPort o Mediport',
        'Un puerto es un tipo de dispositivo de acceso venoso central, o CVAD por sus siglas en inglés. Ese nombre incluye también otras vías, como un catéter PICC.',
        'Un puerto en el brazo suele ser más pequeño.',
      ],
      hasNot: ['Infuse-a-Port'],
    },
    '/es/aftercare': {
      has: [
        'Tómese la temperatura antes de tomar acetaminofén (Tylenol) o ibuprofeno (Advil). Estas medicinas pueden ocultar la fiebre. Si recibe quimioterapia, pregúntele a su equipo de atención antes de tomar ibuprofeno.',
        'Algunos puntos se deshacen solos. Otros hay que quitarlos.',
        'Si hay que quitar los suyos, le dirá cuándo y quién lo hará.',
        'Pregúntele a su equipo de atención si no le deben tomar la presión en ese brazo.',
        'No se aconsejan los deportes de contacto, como el fútbol americano, el hockey o el boxeo.',
      ],
      hasNot: ['hasta por 48 horas'],
    },
    '/es/using-your-port': {
      has: [
        'Es una aguja especial que no corta el septo, llamada aguja Huber.',
        'La enfermera o el enfermero cambia la aguja y el apósito por lo menos una vez por semana. Los cambia antes si el apósito se moja o se despega.',
        'Esto se llama extravasación.',
      ],
      hasNot: [],
    },
    '/es/risks': {
      has: [
        'La sedación también tiene riesgos, pero los problemas graves son raros. Puede hacer más lenta la respiración, y algunas personas son alérgicas a ella.',
        'Los rayos X en vivo usan un poco de radiación. La dosis para un puerto es pequeña.',
        'pasa en menos de 1 de cada 100 personas.',
        'Un coágulo en la vena se llama trombosis venosa profunda.',
        'Esto se llama neutropenia.',
      ],
      hasNot: ['no tienen los riesgos de la anestesia general'],
    },
    '/es/removal': {
      has: [
        'Díganos en cuanto le den la cita si toma un anticoagulante.',
        'Si le van a dar una medicina para relajarse, necesita tener el estómago vacío.',
        'Algunos puntos se deshacen solos.',
        'Pregúntele a su equipo de atención cuándo puede ducharse.',
        'Le quedará una cicatriz pequeña.',
      ],
      hasNot: ['alrededor del puerto'],
    },
    '/es/preparation': {
      has: [
        'una cirugía del seno, o si le quitaron ganglios de debajo del brazo',
        'un marcapasos u otro aparato del corazón bajo la piel',
        'un coágulo de sangre en el brazo o el cuello, o una vía o un puerto antes',
        'radioterapia en el pecho',
      ],
      hasNot: [],
    },
    '/es/insertion': {
      has: ['Estos pasos son para un puerto en el pecho. Algunos puertos se ponen en la parte alta del brazo.'],
      hasNot: [],
    },
    '/es/glossary': {
      has: ['Una reacción a una infección que pone en peligro la vida.'],
      hasNot: ['La fiebre también puede ser una señal.'],
    },
  },
};

for (const lang of ['en', 'es'] as const) {
  test(`issue 20 items 5 and 6 (${lang}): the corrected and the added words are on their pages, the old ones gone`, async ({ page }) => {
    test.slow(); // nine pages in one test
    for (const [path, { has, hasNot }] of Object.entries(ITEM_5_AND_6[lang])) {
      await page.goto(path);
      const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
      for (const words of has) expect(text, path).toContain(words);
      for (const words of hasNot) expect(text, path).not.toContain(words);
    }
  });

  test(`issue 20 (${lang}): bleeding has its own advice on /aftercare and /removal, and the leak steps are on /using-your-port`, async ({ page }) => {
    const prefix = lang === 'en' ? '' : '/es';
    for (const path of ['/aftercare', '/removal']) {
      await page.goto(`${prefix}${path}`);
      await expect(page.locator('main [data-bleeding-advice]'), path).toHaveText(lang === 'en' ? BLEEDING_ADVICE : BLEEDING_ADVICE_ES);
    }
    await page.goto(`${prefix}/using-your-port`);
    await expect(page.locator('main [data-first-steps] li')).toHaveText(lang === 'en' ? LEAK_FIRST_STEPS : LEAK_FIRST_STEPS_ES);
  });

  test(`issue 20 (${lang}): the glossary's infection entry shows the one list, and the new entries have their ids`, async ({ page }) => {
    await page.goto(lang === 'en' ? '/glossary' : '/es/glossary');
    const main = page.getByRole('main');
    for (const id of ['huber-needle', 'neutropenia', 'sepsis', 'extravasation', 'deep-vein-thrombosis']) await expect(main.locator(`[id="${id}"]`)).toHaveCount(1);
    // The list (its words are checked on every page above) sits between the "Infection" entry and the next one.
    const between = await main.evaluate((el) => {
      const list = el.querySelector('[data-warning-signs="infection"]');
      const infection = el.querySelector('[id="infection"]');
      const next = el.querySelector('[id="neutropenia"]');
      if (!list || !infection || !next) return false;
      return !!(infection.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING) && !!(list.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(between).toBe(true);
  });
}
