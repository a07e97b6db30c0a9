import { render, screen } from '@testing-library/react';
import { EMERGENCY_SIGNS } from '../../tests/support/expected-copy';
import { EmergencySigns } from './EmergencySigns';

// The hand-written list the browser tests pin too.
const SIGNS = EMERGENCY_SIGNS;

it('in page text: an emergency callout with the one list, sepsis signs included, and a tap-to-call emergency number', () => {
  const { container } = render(<EmergencySigns clinic={{ emergencyNumber: '112' }} lang="en" />);
  const callout = container.querySelector('[data-callout="emergency"]')!;
  // The hidden prefix does not repeat the title ("Call the emergency number now: Call 112 now").
  expect(callout).toHaveTextContent(/^Immediate action required: Call 112 now if you have any of these:/);
  expect([...callout.querySelectorAll('[data-warning-signs="emergency"] li')].map((li) => li.textContent)).toEqual(SIGNS);
  expect(callout).toHaveTextContent('Do not wait, and do not drive yourself. Call 112.');
  expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
});

it('as a level of /when-to-get-help: its title is a heading with an id', () => {
  render(<EmergencySigns clinic={{ emergencyNumber: '911' }} lang="en" heading={{ id: 'call-emergency-number' }} />);
  expect(screen.getByRole('heading', { level: 2, name: 'Immediate action required: Call 911 now if you have any of these:' })).toHaveAttribute(
    'id',
    'call-emergency-number',
  );
});

it('in the footer: the same words and list without the box', () => {
  const { container } = render(<EmergencySigns clinic={{ emergencyNumber: '911' }} framed={false} lang="en" />);
  expect(container.querySelector('[data-callout]')).toBeNull();
  expect(container).toHaveTextContent('Call 911 now if you have any of these:');
  expect([...container.querySelectorAll('[data-warning-signs="emergency"] li')].map((li) => li.textContent)).toEqual(SIGNS);
  expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
});
