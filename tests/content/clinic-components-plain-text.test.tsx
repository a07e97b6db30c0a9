// The FAQ's structured data replaces each clinic component with plain text
// (lib/content/faq.ts). Search engines must get the same words the page shows,
// so each component is rendered here and its words compared with that text.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { clinic } from '@/lib/clinic/config';
import { clinicComponentText } from '@/lib/content/faq';
import { mdxComponentsFor } from '@/mdx-components';
import { words } from '@/tests/support/words';

const cases = (['en', 'es'] as const).flatMap((lang) =>
  Object.entries(clinicComponentText(clinic, lang)).map(([name, text]) => [lang, name, text] as const),
);

it.each(cases)('%s: <%s /> shows the words its plain text says', (lang, name, text) => {
  const components = mdxComponentsFor(lang) as unknown as Record<string, () => ReactElement>;
  const Component = components[name];
  if (!Component) throw new Error(`${name} is not an MDX component in mdx-components.tsx`);
  const { container } = render(<Component />);
  // The hidden urgency prefix ("Urgent advice:") is for screen readers; structured data leaves it out.
  for (const hidden of container.querySelectorAll('.visually-hidden')) hidden.remove();
  // Blocks and line breaks separate words on screen; textContent would run them together.
  for (const block of container.querySelectorAll('p, li, br, ul, div')) block.after(' ');
  expect(words(container.textContent ?? '')).toEqual(words(text));
});
