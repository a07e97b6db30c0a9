// The flush reminder as a patient's browser gets it: the server component's
// static HTML, woken by the browser script. The second clinic's config (a
// 12-week interval, Los Angeles) stands in for the configured clinic, and the
// clock is fixed, so every expected date is written out by hand.
import { fireEvent, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import secondClinic from '@/tests/fixtures/second-clinic.json';
import { startFlushReminder } from './flush-reminder-browser';
import { FlushReminder } from './FlushReminder';

vi.mock('@/lib/clinic/config', async (original) => {
  const actual = await original<typeof import('@/lib/clinic/config')>();
  return { ...actual, clinic: actual.parseClinicConfig(secondClinic, 'second-clinic.json') };
});

const LABEL = 'When was your port last flushed?';

function loadPage(lang: 'en' | 'es' = 'en', start = true) {
  document.body.innerHTML = renderToStaticMarkup(<FlushReminder lang={lang} />);
  const root = document.querySelector<HTMLElement>('[data-flush-reminder]')!;
  if (start) expect(startFlushReminder(root)).toBe(true);
  return root;
}

function submit(value: string, label = LABEL) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
  fireEvent.submit(screen.getByLabelText(label).closest('form')!);
}

beforeEach(() => {
  // 20 January 2027, 10:00 AM in Los Angeles.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-20T18:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

it('is disabled in the HTML, says what to do without a script, and wakes up enabled', () => {
  loadPage('en', false);
  expect(screen.getByLabelText(LABEL)).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Show my flush dates' })).toBeDisabled();
  expect(document.body.textContent).toContain('At each flush, ask when your next one is due.');
  expect(document.querySelector('noscript')?.innerHTML).toContain('If your port is not in use, it needs a flush every 12 weeks, counted from your last one.');
  expect(startFlushReminder(document.querySelector<HTMLElement>('[data-flush-reminder]')!)).toBe(true);
  expect(screen.getByLabelText(LABEL)).toBeEnabled();
  expect(screen.getByLabelText(LABEL)).toHaveAttribute('max', '2027-01-20');
});

it('shows the next three dates, 12 weeks apart', () => {
  loadPage();
  submit('2027-01-06');
  const dates = screen.getByRole('region', { name: 'Your next flush dates' });
  expect([...dates.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Wednesday, March 31, 2027',
    'Wednesday, June 23, 2027',
    'Wednesday, September 15, 2027',
  ]);
  expect(screen.getByLabelText(LABEL)).not.toHaveAttribute('aria-invalid');
});

it('shows them in Spanish on the Spanish page', () => {
  loadPage('es');
  submit('2027-01-06', '¿Cuándo fue el último lavado de su puerto?');
  expect([...screen.getByRole('region', { name: 'Las fechas de sus próximos lavados' }).querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'miércoles, 31 de marzo de 2027',
    'miércoles, 23 de junio de 2027',
    'miércoles, 15 de septiembre de 2027',
  ]);
});

it('refuses a day that does not exist, as a date field or a plain text field gives it', () => {
  loadPage();
  const input = screen.getByLabelText<HTMLInputElement>(LABEL);
  // Chromium's date field with 30 February typed in: no value, and badInput.
  const validity = { badInput: true };
  Object.defineProperty(input, 'validity', { value: validity });
  submit('');
  expect(document.getElementById('flush-error')?.textContent).toBe('Error: That date does not exist. Check the day and the month.');
  // A browser without date fields.
  input.type = 'text';
  validity.badInput = false;
  submit('2027-02-30');
  expect(document.getElementById('flush-error')?.textContent).toBe('Error: That date does not exist. Check the day and the month.');
  expect(input).toHaveAttribute('aria-invalid', 'true');
});

it.each([
  ['', 'Enter the date of your last flush.'],
  ['2027-01-21', 'That date has not come yet. Enter the date of your last flush.'],
  ['2026-10-27', 'Your port was due for a flush on Tuesday, January 19, 2027. Call Harbour Point Imaging on +1 206-555-0117 to have it flushed soon.'],
])('refuses %j with a message the field points to, read out by a live region', (value, message) => {
  loadPage();
  submit(value);
  const input = screen.getByLabelText(LABEL);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAttribute('aria-describedby', 'flush-hint flush-error');
  const error = document.getElementById('flush-error')!;
  expect(error.textContent).toBe(`Error: ${message}`);
  expect(error.closest('[aria-live="polite"]')).not.toBeNull();
  expect(screen.queryByRole('region', { name: 'Your next flush dates' })).toBeNull();
  // A good date afterwards clears the message.
  submit('2027-01-06');
  expect(input).not.toHaveAttribute('aria-invalid');
  expect(input).toHaveAttribute('aria-describedby', 'flush-hint');
  expect(document.getElementById('flush-error')).toBeNull();
});
