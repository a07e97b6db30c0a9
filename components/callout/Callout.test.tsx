import { render, screen } from '@testing-library/react';
import { Callout, type CalloutLevel } from './Callout';

const cases: [CalloutLevel, string, string][] = [
  ['info', 'Information:', 'Good to know'],
  ['urgent', 'Urgent advice:', 'Call us'],
  ['routine', 'Non-urgent advice:', 'Call us when we are open'],
  ['emergency', 'Immediate action required:', 'Emergency'],
];

for (const [level, prefix, word] of cases) {
  it(`a ${level} callout starts with the hidden "${prefix}" and a visible heading word`, () => {
    const { container } = render(<Callout lang="en" level={level}>Body text.</Callout>);
    const hidden = container.querySelector('.visually-hidden');
    expect(hidden).toHaveTextContent(prefix);
    // A screen reader reads the prefix, then the visible word, then the body.
    expect(container.textContent).toBe(`${prefix} ${word}Body text.`);
  });
}

it('uses the given title after the prefix', () => {
  const { container } = render(
    <Callout lang="en" level="urgent" title="Call us the same day if you notice">
      <p>Redness.</p>
    </Callout>,
  );
  expect(container.querySelector('p')).toHaveTextContent('Urgent advice: Call us the same day if you notice');
  expect(screen.getByText('Redness.')).toBeInTheDocument();
});

it('never relies on colour alone: each level has an icon hidden from screen readers and its own border style', () => {
  const borders = new Set<string>();
  for (const [level] of cases) {
    const { container, unmount } = render(<Callout lang="en" level={level}>x</Callout>);
    const icon = container.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    const box = container.firstElementChild as HTMLElement;
    const style = box.className.match(/border-(solid|dashed|dotted|double)/)?.[1];
    expect(style).toBeDefined();
    borders.add(style!);
    unmount();
  }
  expect(borders.size).toBe(cases.length);
});
