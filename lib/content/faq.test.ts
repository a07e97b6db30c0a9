import fs from 'node:fs';
import type { ClinicConfig } from '../clinic/config';
import { contentFile, getPages } from './pages';
import { loadFaq, mdxToPlainText, parseFaq } from './faq';

const clinic = {
  name: 'Test Clinic',
  phone: '+1 303-555-0100',
  emergencyNumber: '112',
  address: { street: '1 Main St', city: 'Town', region: 'ST', postalCode: '00000', country: 'US' },
  aftercare: { dressingDays: 2, checkUpDaysAfter: { from: 10, to: 14 }, feverCelsius: 38.5, avoidHeavyLiftingDays: 1 },
} as ClinicConfig; // only the fields the FAQ text can show

const source = `---
title: Questions
---

Some introduction text.

## How long does a port last?

It can stay in for **years**. See [aftercare](/aftercare) and call <ClinicPhone />.

- one
- two

{/* a note for editors */}

## More help

Not a question, so it is not in the list.

## Can I shower?

<Callout kind="info">Yes, after *3 days*.</Callout>

### Swimming

Wait until the cut has healed.
`;

describe('parseFaq', () => {
  it('takes each "## …?" heading as a question and the text up to the next "## " as its answer', () => {
    expect(parseFaq(source, clinic, 'en')).toEqual([
      { question: 'How long does a port last?', answer: 'It can stay in for years. See aftercare and call (303) 555-0100. one two' },
      { question: 'Can I shower?', answer: 'Yes, after 3 days. Swimming Wait until the cut has healed.' },
    ]);
  });

  it('finds nothing in a page without question headings', () => {
    expect(parseFaq('---\ntitle: x\n---\n\n## About us\n\nText.', clinic, 'en')).toEqual([]);
  });
});

describe('mdxToPlainText', () => {
  it('replaces clinic components with the clinic values and drops other markup', () => {
    expect(mdxToPlainText('Call <ClinicPhone /> or <EmergencyNumber />. <ClinicAddress />', clinic, 'en')).toBe(
      'Call (303) 555-0100 or 112. 1 Main St, Town, ST 00000',
    );
    expect(mdxToPlainText('`code` and __strong__ and \\*stars\\*', clinic, 'en')).toBe('code and strong and *stars*');
  });

  it("writes the clinic's aftercare values, never the defaults", () => {
    expect(mdxToPlainText('Keep it on for <DressingDays />, check at <CheckUpDays />, no lifting for <HeavyLiftingDays />.', clinic, 'en')).toBe(
      'Keep it on for 2 days, check at 10 to 14 days, no lifting for 1 day.',
    );
    expect(mdxToPlainText('Call at <FeverTemperature /> or higher.', clinic, 'en')).toBe('Call at 101.3 °F (38.5 °C) or higher.');
  });

  it('writes the "Call now if you have:" card in full, with the clinic numbers', () => {
    expect(mdxToPlainText('<WhenToCall />', clinic, 'en')).toBe(
      'Call now if you have: a temperature of 101.3 °F (38.5 °C) or higher, or shivering or chills. ' +
        "Call right away, day or night. If you are having cancer treatment, call your cancer team's 24-hour number first. " +
        'chest pain, trouble breathing, or you feel confused or faint. Call 112 now. When to get help: all the signs, and who to call.',
    );
  });
});

describe('the FAQ page (structuredData: faq)', () => {
  const faqPages = getPages('en').filter((page) => page.structuredData === 'faq');

  it('is content/faq.mdx, the one page that says so', () => {
    expect(faqPages.map((page) => page.slug)).toEqual(['faq']);
  });

  it.each(faqPages.map((page) => page.slug))('%s has an entry for every question heading, each with an answer', (slug) => {
    const file = contentFile(slug);
    const headings = fs.readFileSync(file, 'utf8').match(/^## .*\?\s*$/gm) ?? [];
    const entries = loadFaq(clinic, file, 'en');
    expect(headings.length).toBeGreaterThan(0);
    expect(entries).toHaveLength(headings.length);
    for (const entry of entries) expect(entry.answer.length).toBeGreaterThan(10);
  });
});

it('reads translated questions that end with their English id, with the clinic components in Spanish', () => {
  const entries = parseFaq('---\ntitle: x\n---\n\n## ¿Duele? {#does-it-hurt}\n\nUn poco. Deje el apósito <DressingDays />.\n', clinic, 'es');
  expect(entries).toEqual([{ question: '¿Duele?', answer: 'Un poco. Deje el apósito 2 días.' }]);
});
