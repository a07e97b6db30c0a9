import { render, screen } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import { WhenToCall } from './WhenToCall';

it('puts the default fever line first, then the most urgent signs with the emergency number, then the link to every sign', () => {
  const { container } = render(<WhenToCall lang="en" />);
  expect([...container.querySelectorAll('[data-warning-signs="call-now"] li')].map((li) => li.textContent)).toEqual([
    "a temperature of 100.4 °F (38.0 °C) or higher, or shivering or chills. Call right away, day or night. If you are having cancer treatment, call your cancer team's 24-hour number first.",
    'chest pain, trouble breathing, or you feel confused or faint. Call 911 now.',
  ]);
  expect(screen.getByRole('link', { name: 'Call 911 now.' })).toHaveAttribute('href', 'tel:911');
  expect(screen.getByRole('link', { name: 'When to get help' })).toHaveAttribute('href', '/when-to-get-help');
  // Not the infection or emergency box: the full lists live on /when-to-get-help and in the footer.
  expect(container.querySelector('[data-callout]')).toBeNull();
});

it("uses the clinic's own fever line and emergency number", () => {
  const { container } = render(
    <WhenToCall lang="en" clinic={{ ...clinic, emergencyNumber: '112', aftercare: { ...clinic.aftercare, feverCelsius: 38.5 } }} />,
  );
  expect(container).toHaveTextContent('a temperature of 101.3 °F (38.5 °C) or higher');
  expect(container.textContent).not.toContain('100.4');
  expect(screen.getByRole('link', { name: 'Call 112 now.' })).toHaveAttribute('href', 'tel:112');
});

it('is a heading with an anchor where it opens a page, and a plain line under a page heading', () => {
  const { rerender } = render(<WhenToCall lang="en" heading={{ id: 'when-to-call' }} />);
  expect(screen.getByRole('heading', { level: 2, name: 'Call now if you have:' })).toHaveAttribute('id', 'when-to-call');
  rerender(<WhenToCall lang="en" />);
  expect(screen.queryByRole('heading')).toBeNull();
});

it('in Spanish, links to the Spanish page', () => {
  render(<WhenToCall lang="es" />);
  expect(screen.getByRole('link', { name: 'Cuándo pedir ayuda' })).toHaveAttribute('href', '/es/when-to-get-help');
  expect(screen.getByText(/una temperatura de 100.4 °F \(38.0 °C\) o más/)).toBeInTheDocument();
});
