import { headingText, pageHeadings } from './headings';

const source = `---
title: Test
---

Intro.

## When to call

### Signs of **infection**

\`\`\`md
## Not a heading
\`\`\`

## Can I swim?

## When to call

## [The glossary](/glossary) and \`code\`
`;

it('lists headings in order with rehype-slug ids, skipping code blocks and numbering repeats', () => {
  expect(pageHeadings(source)).toEqual([
    { depth: 2, text: 'When to call', id: 'when-to-call' },
    { depth: 3, text: 'Signs of infection', id: 'signs-of-infection' },
    { depth: 2, text: 'Can I swim?', id: 'can-i-swim' },
    { depth: 2, text: 'When to call', id: 'when-to-call-1' },
    { depth: 2, text: 'The glossary and code', id: 'the-glossary-and-code' },
  ]);
});

it('turns markdown marks into the text a reader sees', () => {
  expect(headingText('Keep it **dry** until the _check-up_ ##')).toBe('Keep it dry until the check-up');
});

it('takes a heading id written after the words ({#english-id}), as translated pages do', () => {
  const translated = `---
title: Prueba
---

## Cuándo llamar {#when-to-call}

### El **septo** {#septum}

## ¿Puedo nadar? {#can-i-swim}

## Sin id
`;
  expect(pageHeadings(translated)).toEqual([
    { depth: 2, text: 'Cuándo llamar', id: 'when-to-call' },
    { depth: 3, text: 'El septo', id: 'septum' },
    { depth: 2, text: '¿Puedo nadar?', id: 'can-i-swim' },
    { depth: 2, text: 'Sin id', id: 'sin-id' },
  ]);
});
