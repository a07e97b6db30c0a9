import { render, screen, within } from '@testing-library/react';
import { expectLabelsDescribed, type LabelsAndWords } from '@/tests/support/expect-labels-described';
import { PortPartsDiagram } from './PortPartsDiagram';

// Each label in the drawing, and the words that say the same in the description.
const labelsAndWords: LabelsAndWords = [
  [/^Special needle$/, 'A special needle goes through the skin and the septum into the well'],
  [/^Skin$/, 'The skin lies over the top of the port'],
  [/^Septum: self-sealing rubber-like top$/, 'the septum, a tough, rubber-like cover that seals itself'],
  [/^Reservoir: the well$/, 'the reservoir, a small well made of metal or plastic'],
  [/^Catheter: a thin, soft tube$/, 'A thin, soft tube, the catheter'],
  [/^About ½ inch thick$/, 'about half an inch thick'],
];

it('is a captioned figure holding one named image', () => {
  render(<PortPartsDiagram lang="en" />);
  const figure = screen.getByRole('figure');
  expect(figure.querySelector('figcaption')).toHaveTextContent(/special needle goes through the skin/);
  expect(within(figure).getByRole('img', { name: 'The parts of a port' })).toBeInTheDocument();
});

it('says in words every part the drawing labels, and the size', () => {
  render(<PortPartsDiagram lang="en" />);
  const image = screen.getByRole('img', { name: 'The parts of a port' });
  const description = expectLabelsDescribed(image, labelsAndWords);
  expect(description).toContain('about the size of a quarter');
});

it('uses its own ids when shown twice', () => {
  render(
    <>
      <PortPartsDiagram lang="en" />
      <PortPartsDiagram lang="en" />
    </>,
  );
  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(screen.getAllByRole('img', { name: 'The parts of a port' })).toHaveLength(2);
});
