// No English on a Spanish page: the page frame, every MDX component bound to
// Spanish, the 404 and home pages' parts and the reviewed note, rendered with
// lang "es", show none of the English dictionary's sentences, in their text or
// in the words they give assistive technology (aria-label, <title>, <desc>).
// The one exception is the language link, marked lang="en": it names English in English.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PageFrame } from '@/components/page-frame';
import { ReviewedNote } from '@/components/reviewed-note';
import { TableOfContents } from '@/components/table-of-contents';
import { en } from '@/lib/i18n/en';
import { es } from '@/lib/i18n/es';
import { mdxComponentsFor } from '@/mdx-components';

/** English words that Spanish says differently, long enough to be a phrase, cut at placeholders and line marks. */
const englishPhrases = Object.entries(en).flatMap(([section, words]) =>
  Object.entries(words)
    .filter(([key, value]) => value !== es[section as keyof typeof es][key as never] && !['locale', 'fileName'].includes(key))
    .flatMap(([, value]) => value.split(/\{\w+\}|\|/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 6),
);

function spanishPage(): HTMLElement {
  const components = mdxComponentsFor('es') as unknown as Record<string, (props: Record<string, unknown>) => ReactElement>;
  const { container } = render(
    <PageFrame lang="es" path="/aftercare">
      <TableOfContents
        lang="es"
        headings={[
          { depth: 2, text: 'Uno', id: 'one' },
          { depth: 2, text: 'Dos', id: 'two' },
          { depth: 2, text: 'Tres', id: 'three' },
        ]}
      />
      {Object.entries(components).map(([name, Component]) =>
        /^[A-Z]/.test(name) ? <Component key={name} term="Septum" level="urgent">texto</Component> : null,
      )}
      {components.h2!({ id: 'when-to-call', children: 'Cuándo llamar' })}
      <ReviewedNote lang="es" lastReviewed="2026-11-23" reviewer="Equipo de contenido clínico de Port Guide" />
    </PageFrame>,
  );
  // The language link names the other language in its own words, marked with its lang.
  for (const other of container.querySelectorAll('[lang]:not([lang="es"])')) other.remove();
  return container;
}

it('shows no English sentence in text or accessible names', () => {
  const page = spanishPage();
  const said = [
    page.textContent ?? '',
    ...[...page.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')),
    ...[...page.querySelectorAll('[data-planner]')].map((element) => element.getAttribute('data-planner')),
  ].join('\n');
  expect(englishPhrases.length).toBeGreaterThan(150);
  expect(englishPhrases.filter((phrase) => said.includes(phrase))).toEqual([]);
  // And it does say Spanish things.
  expect(said).toContain('Ir al contenido principal');
  expect(said).toContain('Necesita ayuda inmediata:');
  expect(said).toContain('Próxima revisión:');
  expect(said).toContain('23 de noviembre de 2026');
});

it('links inside the Spanish page to Spanish pages', () => {
  const page = spanishPage();
  const internal = [...page.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!);
  expect(internal.length).toBeGreaterThan(10);
  expect(internal.filter((href) => !/^\/es(\/|$)/.test(href))).toEqual([]);
  expect(internal).toContain('/es/glossary#septum');
});
