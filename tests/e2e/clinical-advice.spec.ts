// Issue 12's clinical corrections, read off the built pages of the default
// clinic: one list of emergency signs and one of infection signs on every
// page, the fever rule from the config (default 38.0 °C), the corrected
// advice, the new /using-your-port topics, and an FAQ whose structured data
// says what the page says. Expected words are written out here, not taken
// from the code that renders them.
import {
  CANCER_TEAM_FIRST,
  CANCER_TEAM_FIRST_ES,
  callNowLines,
  callNowLinesEs,
  EMERGENCY_SIGNS,
  EMERGENCY_SIGNS_ES,
  infectionSigns,
  infectionSignsEs,
  PORT_PROBLEMS,
  PORT_PROBLEMS_ES,
  ROUTINE_REASONS,
  ROUTINE_REASONS_ES,
} from '../support/expected-signs';
import { jsonLdNodes, nodeOfType } from '../support/structured-data';
import { words } from '../support/words';
import { expect, languageOf, missingPaths, sitePaths, test } from './fixtures';

const DEFAULT_FEVER = '100.4 °F (38.0 °C)';

// Words of a shorter or older list of signs: no list item outside the two lists may use them.
const SIGN_WORDS = /chest pain|trouble breathing|short of breath|racing|fluttering|\bpus\b|chills|dolor en el pecho|dificultad para respirar|falta de aire|escalofríos/i;

// Each language's lists, as written out in tests/support/expected-signs.ts.
const EXPECTED = {
  en: {
    emergency: EMERGENCY_SIGNS,
    infection: infectionSigns(DEFAULT_FEVER),
    'port-problem': PORT_PROBLEMS,
    routine: ROUTINE_REASONS,
    'call-now': callNowLines(DEFAULT_FEVER, '911'),
  },
  es: {
    emergency: EMERGENCY_SIGNS_ES,
    infection: infectionSignsEs(DEFAULT_FEVER),
    'port-problem': PORT_PROBLEMS_ES,
    routine: ROUTINE_REASONS_ES,
    'call-now': callNowLinesEs(DEFAULT_FEVER, '911'),
  },
};
const FOOTER_FEVER = {
  en: `A temperature of ${DEFAULT_FEVER} or higher, or shivering or chills: Call right away, day or night.`,
  es: `Una temperatura de ${DEFAULT_FEVER} o más, o temblores o escalofríos: Llame de inmediato, de día o de noche.`,
};

for (const path of [...sitePaths(), ...missingPaths()]) {
  test(`${path} shows the one list of each kind of sign, never the same twice in a row, and no other`, async ({ page }) => {
    const lang = languageOf(path);
    const expected = EXPECTED[lang];
    await page.goto(path);
    // The header link to /when-to-get-help, on the first screen at both widths, is checked in page-frame.spec.ts.
    // The footer carries the emergency list and the fever line on every page, the 404 page too.
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('[data-warning-signs="emergency"]')).toHaveCount(1);
    await expect(footer).toContainText(FOOTER_FEVER[lang]);
    const kinds = await page.locator('[data-warning-signs]').evaluateAll((lists) => lists.map((list) => list.getAttribute('data-warning-signs')!));
    for (const [i, kind] of kinds.entries()) {
      expect(Object.keys(expected), kind).toContain(kind);
      expect(kind === kinds[i + 1], `${kind} twice in a row`).toBe(false);
      const list = page.locator('[data-warning-signs]').nth(i);
      expect(await list.locator(':scope > li').allTextContents(), kind).toEqual(expected[kind as keyof typeof expected]);
    }
    const strays = await page
      .locator('li')
      .evaluateAll((items) => items.filter((li) => !li.closest('[data-warning-signs]')).map((li) => li.textContent ?? ''));
    expect(strays.filter((text) => SIGN_WORDS.test(text))).toEqual([]);
    // An emergency box is always the emergency list; an urgent box is only for the infection signs
    // (clinical urgency), never for reminders such as bringing a driver.
    for (const box of await page.locator('[data-callout="emergency"]').all()) {
      await expect(box.locator('[data-warning-signs="emergency"]')).toHaveCount(1);
    }
    for (const box of await page.locator('[data-callout="urgent"]').all()) {
      await expect(box.locator('[data-warning-signs="infection"]')).toHaveCount(1);
    }
    // Old advice that could delay care or is not true is gone from every page.
    const text = await page.locator('body').innerText();
    for (const old of [/two readings/i, /four hours apart/i, /101 ?°F/, /Lifesite/, /water cannot get in/i, /wait about a week/i, /leaves the veins in your arm alone/i, /drink nothing\./i]) {
      expect(text).not.toMatch(old);
    }
  });
}

test('the topic pages end their "when to call" part with the short card that links to /when-to-get-help; only that page has the full lists', async ({ page }) => {
  for (const path of ['/aftercare', '/using-your-port', '/faq', '/insertion', '/risks', '/contact', '/removal']) {
    await page.goto(path);
    const card = page.locator('main [data-when-to-call]');
    await expect(card, path).toHaveCount(1);
    await expect(card.getByRole('link', { name: 'When to get help' }), path).toHaveAttribute('href', '/when-to-get-help');
    await expect(page.locator('main [data-warning-signs="emergency"], main [data-warning-signs="infection"]'), path).toHaveCount(0);
  }
  await page.goto('/when-to-get-help');
  for (const kind of ['emergency', 'infection', 'port-problem', 'routine']) await expect(page.locator(`main [data-warning-signs="${kind}"]`)).toHaveCount(1);
});

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'en' ? '' : '/es';
  test(`${prefix}/when-to-get-help: three levels in order, each a heading with its words and list, then who to call and free interpreters`, async ({ page }) => {
    await page.goto(`${prefix}/when-to-get-help`);
    const main = page.getByRole('main');
    const levels = lang === 'en'
      ? [
          'Immediate action required: Call 911 now if you have any of these:',
          'Urgent advice: Call right away, day or night, if you have any of these:',
          'Non-urgent advice: Call us when we are open about:',
          'Free interpreters',
        ]
      : [
          'Necesita ayuda inmediata: Llame al 911 ahora si tiene alguna de estas señales:',
          'Aviso urgente: Llame de inmediato, de día o de noche, si tiene alguna de estas señales:',
          'Consejo no urgente: Llámenos en nuestro horario si tiene:',
          'Intérpretes gratis',
        ];
    for (const level of levels) await expect(main.getByRole('heading', { level: 2, name: level })).toBeVisible();
    // In this order on the page: most urgent first.
    const ids = await main.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.slice(0, 4)).toEqual(['call-emergency-number', 'call-right-away', 'call-when-open', 'interpreters']);
    const urgent = main.locator('[data-callout="urgent"]');
    await expect(urgent.locator('[data-cancer-team]')).toHaveText(lang === 'en' ? CANCER_TEAM_FIRST : CANCER_TEAM_FIRST_ES);
    await expect(urgent).toContainText(lang === 'en' ? 'Call us at +1 303-555-0142. When we are closed, call +1 303-555-0199.' : 'Llámenos al +1 303-555-0142. Cuando estemos cerrados, llame al +1 303-555-0199.');
    await expect(urgent.locator('[data-first-steps] li')).toHaveText(
      lang === 'en'
        ? ['Close the clamp on the tubing, if it has one.', 'Stop the pump, if you were shown how.', 'Do not touch leaked medicine with bare hands.', 'Then call.']
        : ['Cierre la pinza del tubo, si tiene una.', 'Apague la bomba, si le enseñaron cómo.', 'No toque la medicina que salió sin guantes.', 'Después, llame.'],
    );
    await expect(main).toContainText(
      lang === 'en'
        ? 'Do not wait to see if a fever goes away, and do not wait to check it again.'
        : 'No espere a ver si la fiebre baja ni a tomarse la temperatura otra vez. Llame enseguida.',
    );
    await expect(main).toContainText(lang === 'en' ? 'When you call, say the name of your language in English, for example "Spanish".' : 'Para español, diga «Spanish».');
  });
}

test('/aftercare: call at once at the fever line, day or night; the water exception; the clinic days', async ({ page }) => {
  await page.goto('/aftercare');
  const main = page.getByRole('main');
  // It opens with the card, before "On this page", and /aftercare#when-to-call lands on it.
  const card = main.locator('[data-when-to-call]');
  await expect(card.locator('li').first()).toHaveText(callNowLines(DEFAULT_FEVER, '911')[0]!);
  expect(await card.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('nav[aria-labelledby="on-this-page"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await expect(page.locator('#when-to-call')).toHaveText('Call now if you have:');
  await expect(main).toContainText('While it is in, do not bathe, swim or use a hot tub. Keep the needle and its dressing dry and covered');
  await expect(main).toContainText('Keep a dressing over the cut for the first 3 days.');
  await expect(main).toContainText('This is usually 7 to 10 days after your port is put in.');
  await expect(main).toContainText('For the first 7 days, do not lift heavy things with the arm on your port side.');
  await expect(main).toContainText('Let them fall off by themselves.');
  await expect(main).toContainText('Do not put creams, powders or lotions on the cut.');
  await expect(main).toContainText('Some bruising around the cuts is common.');
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
  await expect(main).toContainText('drink nothing, except a sip of water to take the medicines your care team said you can take');
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
    'fewer doses of heparin',
    'less likely to slip out of place than a drip line in your arm or hand',
    'This often costs less',
    'The one time you cannot is while a needle is in your port',
  ]) {
    await expect(main).toContainText(fact);
  }

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
    ['/', `a temperature of ${DEFAULT_FEVER} or higher`],
    ['/es', `una temperatura de ${DEFAULT_FEVER} o más`],
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
