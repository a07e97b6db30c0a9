import { render, screen } from '@testing-library/react';
import { EmergencySigns } from './EmergencySigns';

const SIGNS = [
  'chest pain',
  'trouble breathing, or feeling short of breath',
  'swelling of your face, neck or arm on the side of your port',
  'a racing or fluttering heartbeat',
  'bleeding that does not stop after 10 minutes of firm pressure',
];

it('in page text: an emergency callout with the one list and a tap-to-call emergency number', () => {
  const { container } = render(<EmergencySigns clinic={{ emergencyNumber: '112' }} />);
  const callout = container.querySelector('[data-callout="emergency"]')!;
  expect(callout).toHaveTextContent('Call the emergency number now: Call 112 now if you have any of these:');
  expect([...callout.querySelectorAll('[data-warning-signs="emergency"] li')].map((li) => li.textContent)).toEqual(SIGNS);
  expect(callout).toHaveTextContent('Do not wait, and do not drive yourself. Call 112.');
  expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
});

it('in the footer: the same words and list without the box', () => {
  const { container } = render(<EmergencySigns clinic={{ emergencyNumber: '911' }} framed={false} />);
  expect(container.querySelector('[data-callout]')).toBeNull();
  expect(container).toHaveTextContent('Call 911 now if you have any of these:');
  expect([...container.querySelectorAll('[data-warning-signs="emergency"] li')].map((li) => li.textContent)).toEqual(SIGNS);
  expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
});
