// The planner as a patient's browser gets it: the server component's static
// HTML (rendered to a string, parsed like a page), woken by the browser script.
// The second clinic's config (Los Angeles, 8 h food, 2 h liquids, 45 min
// arrival) stands in for the configured clinic, so the times are known.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import secondClinic from '@/tests/fixtures/second-clinic.json';
import { startPlanner } from './planner-browser';
import { PreparationPlanner } from './PreparationPlanner';

vi.mock('@/lib/clinic/config', async (original) => {
  const actual = await original<typeof import('@/lib/clinic/config')>();
  return { ...actual, clinic: actual.parseClinicConfig(secondClinic, 'second-clinic.json') };
});

// Fixed appointments in 2027, so no run depends on today's date (and none is near a clock change).
const LABEL = 'Your appointment date and time';

/** The static page part, as the export serves it; `typed` is what the patient typed before the script ran. */
function loadPage({ start = true, typed = '' } = {}) {
  document.body.innerHTML = renderToStaticMarkup(<PreparationPlanner lang="en" />);
  const root = document.querySelector<HTMLElement>('[data-planner]')!;
  if (typed) fireEvent.change(screen.getByLabelText(LABEL), { target: { value: typed } });
  if (start) expect(startPlanner(root)).toBe(true);
  return root;
}

function submit(value: string) {
  fireEvent.change(screen.getByLabelText(LABEL), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Show my times' }));
}

beforeEach(() => window.history.replaceState(null, '', '/preparation'));
afterEach(() => {
  document.body.innerHTML = '';
});

it('shows the cut-offs, arrival and driver reminder for the entered time, and puts it in the address', () => {
  loadPage();
  submit('2027-12-03T07:30');
  const times = screen.getByRole('region', { name: 'Your preparation times' });
  expect(times.closest('[aria-live="polite"]')).not.toBeNull();
  const item = (label: string) => within(times).getAllByRole('listitem').find((li) => li.textContent?.startsWith(label))?.textContent;
  expect(times.querySelector('p')?.textContent).toBe('Your appointment: Friday, December 3, 2027, 7:30 AM');
  expect(item('Last solid food:')).toBe('Last solid food: Thursday, December 2, 2027, 11:30 PM — the night before. After this, do not eat anything.');
  expect(item('Last clear liquids:')).toBe('Last clear liquids: Friday, December 3, 2027, 5:30 AM — the same morning. After this, drink nothing, except a sip of water to take your usual medicines.');
  expect(item('Arrive at the clinic:')).toBe('Arrive at the clinic: Friday, December 3, 2027, 6:45 AM — the same morning.');
  expect(item('Driver:')).toBe(
    'Driver: arrange for a responsible adult to take you home, not a taxi or rideshare on your own. You will get medicine to make you relaxed and sleepy. For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers.',
  );
  // The second clinic's food rule is 8 hours, as long as the fatty-food rule: no separate fatty-food time.
  expect(item('Last fatty food')).toBeUndefined();
  expect(within(times).getByRole('link', { name: '(206) 555-0117' })).toHaveAttribute('href', 'tel:+12065550117');
  expect(window.location.search).toBe('?appointment=2027-12-03T07%3A30');
});

it('reads ?appointment= on load', () => {
  window.history.replaceState(null, '', '/preparation?appointment=2027-06-10T13:00');
  loadPage();
  expect(screen.getByRole('region', { name: 'Your preparation times' })).toHaveTextContent('Last solid food: ');
  expect(screen.getByLabelText(LABEL)).toHaveValue('2027-06-10T13:00');
});

it('keeps a time typed before the script ran, and shows nothing until the patient asks', () => {
  loadPage({ typed: '2027-06-10T13:00' });
  expect(screen.getByLabelText(LABEL)).toHaveValue('2027-06-10T13:00');
  expect(screen.queryByRole('region', { name: 'Your preparation times' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Show my times' }));
  expect(screen.getByRole('region', { name: 'Your preparation times' })).toHaveTextContent('June 10');
});

it('explains a bad link next to the form, with the general rules, without moving focus', () => {
  window.history.replaceState(null, '', '/preparation?appointment=2026-02-30T08:00');
  loadPage();
  const input = screen.getByLabelText(LABEL);
  expect(input).toHaveAccessibleDescription(expect.stringContaining('That date does not exist.'));
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).not.toHaveFocus();
  // Inside the form, after the hint and above the field, as before.
  expect(document.getElementById('planner-error')?.previousElementSibling?.id).toBe('planner-hint');
  expect(screen.getByText(/follow the general rules: no food for 8 hours/)).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Your preparation times' })).toBeNull();
});

it('moves focus to the field and describes the problem when the patient submits a bad time, and clears it once fixed', () => {
  loadPage();
  submit('');
  const input = screen.getByLabelText(LABEL);
  expect(input).toHaveFocus();
  expect(input).toHaveAccessibleDescription(expect.stringContaining('Error: Enter the date and time of your appointment.'));
  submit('2025-01-01T08:00');
  expect(input).toHaveAccessibleDescription(expect.stringContaining('That time has already passed.'));
  expect(document.querySelectorAll('#planner-error')).toHaveLength(1);
  submit('2027-12-03T07:30');
  expect(input).not.toHaveAttribute('aria-invalid');
  expect(input).toHaveAccessibleDescription(expect.not.stringContaining('Error'));
  expect(document.getElementById('planner-error')).toBeNull();
  expect(screen.queryByText(/follow the general rules/)).toBeNull();
  expect(screen.getAllByRole('region', { name: 'Your preparation times' })).toHaveLength(1);
});

it('downloads a calendar file named after the appointment day', () => {
  const created: Blob[] = [];
  const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:planner'));
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  const clicks: string[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
  loadPage();
  submit('2027-12-03T07:30');
  act(() => screen.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click());
  expect(clicks).toEqual(['port-preparation-2027-12-03.ics']);
  expect(created[0]?.type).toBe('text/calendar;charset=utf-8');
  click.mockRestore();
});

it('"Print this page" prints', () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  loadPage();
  submit('2027-12-03T07:30');
  screen.getByRole('button', { name: 'Print this page' }).click();
  expect(print).toHaveBeenCalledTimes(1);
  print.mockRestore();
});

it('the server part is complete static HTML that asks for the planner script and carries the clinic values', () => {
  const root = loadPage({ start: false });
  expect(root).toHaveAttribute('data-needs-js', 'planner');
  expect(root).toHaveAttribute('data-print-sheet');
  expect(JSON.parse(root.dataset.planner!)).toEqual({
    timeZone: 'America/Los_Angeles',
    rules: { solidFoodHoursBefore: 8, clearLiquidsHoursBefore: 2, fattyFoodHoursBefore: 8, arrivalMinutesBefore: 45 },
    clinicName: secondClinic.name,
    clinicPhone: '(206) 555-0117',
    uidDomain: 'ports.harbourpoint.example',
    words: expect.objectContaining({ foodSummary: 'Port procedure: last solid food' }),
    dateTime: { locale: 'en-US' },
    drinkNothing: 'drink nothing, except a sip of water to take your usual medicines',
    pageUrl: 'https://ports.harbourpoint.example/preparation',
    qrLabel: 'QR code: a link to your own page with your times',
  });
  expect(root).toHaveTextContent(`Questions? Call ${secondClinic.name} on (206) 555-0117.`);
  expect(screen.getByText("Use the date and time from your appointment letter, in the clinic's local time (Pacific Time).")).toBeInTheDocument();
  expect(screen.getByLabelText(LABEL)).toHaveAccessibleDescription(/local time/);
  expect(screen.getByRole('button', { name: 'Show my times' })).toBeInTheDocument();
  // Nothing from the templates is on the page before the script copies it in.
  expect(screen.queryByRole('region', { name: 'Your preparation times' })).toBeNull();
  expect(screen.queryByText(/follow the general rules/)).toBeNull();
  expect(root.querySelector('[aria-live="polite"]')?.childElementCount).toBe(0);
});

/** The data-planner the server part writes, as an object. */
function plannerData(): Record<string, unknown> {
  const root = loadPage({ start: false });
  const data = JSON.parse(root.dataset.planner!) as Record<string, unknown>;
  document.body.innerHTML = '';
  return data;
}

it("draws the printed sheet's QR code and writes out the patient's own link, on the clinic's address", () => {
  loadPage();
  submit('2027-12-03T07:30');
  const times = screen.getByRole('region', { name: 'Your preparation times' });
  expect(within(times).getByRole('img', { name: 'QR code: a link to your own page with your times' }).querySelector('path')).toHaveAttribute(
    'd',
    expect.stringMatching(/^M\d+ \d+h/),
  );
  expect(times).toHaveTextContent('or type this address: ports.harbourpoint.example/preparation?appointment=2027-12-03T07:30');
});

it('refuses to start on incomplete markup', () => {
  document.body.innerHTML = '<div data-planner="{}"></div>';
  expect(startPlanner(document.querySelector<HTMLElement>('[data-planner]')!)).toBe(false);
});

it.each([
  ['not JSON', 'planner'],
  ['rules that are not numbers', JSON.stringify({ ...plannerData(), rules: { solidFoodHoursBefore: '8', clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 45 } })],
  ['no clinic phone', JSON.stringify({ ...plannerData(), clinicPhone: undefined })],
  ['a time zone that does not exist', JSON.stringify({ ...plannerData(), timeZone: 'Mars/Base' })],
])('refuses to start when data-planner holds %s', (_, value) => {
  const root = loadPage({ start: false });
  root.dataset.planner = value;
  expect(startPlanner(root)).toBe(false);
});

it('speaks Spanish on a Spanish page: labels, results with Intl day names, messages and the form address', () => {
  document.body.innerHTML = renderToStaticMarkup(<PreparationPlanner lang="es" />);
  const root = document.querySelector<HTMLElement>('[data-planner]')!;
  expect(root.querySelector('form')).toHaveAttribute('action', '/es/preparation');
  expect(screen.getByText('Use la fecha y la hora que aparecen en la carta de su cita, en la hora local de la clínica (hora del Pacífico).')).toBeInTheDocument();
  expect(startPlanner(root)).toBe(true);
  fireEvent.change(screen.getByLabelText('Fecha y hora de su cita'), { target: { value: '2027-12-03T07:30' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ver mis horas' }));
  const times = screen.getByRole('region', { name: 'Sus horas para prepararse' });
  expect(times.querySelector('p')?.textContent).toBe('Su cita: viernes, 3 de diciembre de 2027, 7:30 a. m.');
  expect(times).toHaveTextContent('Última comida sólida: jueves, 2 de diciembre de 2027, 11:30 p. m. — la noche anterior. Después de esta hora, no coma nada.');
  fireEvent.change(screen.getByLabelText('Fecha y hora de su cita'), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ver mis horas' }));
  expect(screen.getByText('Escriba la fecha y la hora de su cita.')).toBeInTheDocument();
});

it('keeps the appointment in the language link once the times are shown', () => {
  document.body.innerHTML = `<a data-language-link href="http://localhost/es/preparation#work-out-your-own-times">Español</a>${renderToStaticMarkup(<PreparationPlanner lang="en" />)}`;
  expect(startPlanner(document.querySelector<HTMLElement>('[data-planner]')!)).toBe(true);
  submit('2027-12-03T07:30');
  expect(document.querySelector('a[data-language-link]')).toHaveAttribute(
    'href',
    'http://localhost/es/preparation?appointment=2027-12-03T07%3A30#work-out-your-own-times',
  );
});
