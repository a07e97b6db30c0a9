/** Test helper: a diagram's <desc> says in words every label the drawing shows. */
import { expect } from 'vitest';

/** Pairs of a label as drawn and the words that say the same in the description. */
export type LabelsAndWords = [label: RegExp, words: string][];

export function expectLabelsDescribed(image: HTMLElement, labelsAndWords: LabelsAndWords): string {
  const labels = [...image.querySelectorAll('text')].map((text) => (text.textContent ?? '').replace(/\s+/g, ' '));
  expect(labels).toHaveLength(labelsAndWords.length);
  const description = image.querySelector('desc')?.textContent ?? '';
  for (const [label, words] of labelsAndWords) {
    expect(labels.some((text) => label.test(text)), `a label matching ${label}`).toBe(true);
    expect(description).toContain(words);
  }
  expect(image).toHaveAccessibleDescription(description);
  return description;
}
