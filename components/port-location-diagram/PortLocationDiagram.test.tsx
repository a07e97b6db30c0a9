import { render, screen, within } from '@testing-library/react';
import { expectLabelsDescribed, type LabelsAndWords } from '@/tests/support/expect-labels-described';
import { PortLocationDiagram } from './PortLocationDiagram';

// Each label in the drawing, and the words that say the same in the description.
const labelsAndWords: LabelsAndWords = [
  [/^Vein in the neck$/, 'vein at the base of the neck'],
  [/^Collarbone$/, 'just below the collarbone'],
  [/^Catheter: a thin tube under the skin$/, 'A thin tube, the catheter, runs from the port up under the skin'],
  [/^Port, in a pocket under the skin$/, 'The port is a small disc in a pocket under the skin'],
  [/^Catheter end, just above the heart$/, 'ends just above the heart'],
  [/^Heart$/, 'heart'],
];

it('is a captioned figure holding one named image', () => {
  render(<PortLocationDiagram lang="en" />);
  const figure = screen.getByRole('figure');
  expect(figure.querySelector('figcaption')).toHaveTextContent(/below your collarbone/);
  expect(within(figure).getByRole('img', { name: 'Where a port sits in your body' })).toBeInTheDocument();
});

it('says in words every part the drawing labels', () => {
  render(<PortLocationDiagram lang="en" />);
  const image = screen.getByRole('img', { name: 'Where a port sits in your body' });
  expectLabelsDescribed(image, labelsAndWords);
});

it('uses its own ids when shown twice', () => {
  render(
    <>
      <PortLocationDiagram lang="en" />
      <PortLocationDiagram lang="en" />
    </>,
  );
  const images = screen.getAllByRole('img', { name: 'Where a port sits in your body' });
  const [first, second] = [images[0]!, images[1]!];
  expect(first.getAttribute('aria-labelledby')).not.toBe(second.getAttribute('aria-labelledby'));
  expect(first.getAttribute('aria-describedby')).not.toBe(second.getAttribute('aria-describedby'));
});
