import { render, screen } from '@testing-library/react';
import { Diagram, DiagramLabel } from './Diagram';

function Example({ title }: { title: string }) {
  return (
    <Diagram title={title} description={`${title}, described in words.`} width={100} height={100}>
      <DiagramLabel lines={['Vein in', 'the neck']} x={50} y={20} to={[80, 20]} />
    </Diagram>
  );
}

it('is one image, named by its title and described by its desc', () => {
  render(<Example title="First" />);
  const image = screen.getByRole('img', { name: 'First', description: 'First, described in words.' });
  expect(image.tagName.toLowerCase()).toBe('svg');
});

it('gives two diagrams on one page their own ids', () => {
  render(
    <>
      <Example title="First" />
      <Example title="Second" />
    </>,
  );
  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(4);
  // Each image's name and description come from its own title and desc.
  for (const title of ['First', 'Second']) {
    const image = screen.getByRole('img', { name: title });
    const described = document.getElementById(image.getAttribute('aria-describedby') ?? '');
    expect(image).toContainElement(described);
  }
});

it('keeps the words of a label that spans lines', () => {
  render(<Example title="First" />);
  expect(document.querySelector('text')).toHaveTextContent('Vein in the neck');
});
