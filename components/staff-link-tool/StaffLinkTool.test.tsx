// The staff tool as a clinic computer gets it: the server component's static
// HTML (rendered to a string, parsed like a page), woken by the browser
// script. The default clinic (Denver; no fatty food or meat 8 hours before, no
// food 6 hours before, clear liquids until 2 hours before, arrive 60 minutes
// early; English and Spanish) is the
// configured one, so every expected value below is written out by hand.
// Fixed appointments in 2027, so no run depends on today's date.
import { fireEvent, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import defaultClinic from '@/lib/clinic/default-clinic.json';
import { startStaffTool } from './staff-browser';
import { readStaffSettings } from './staff-settings';
import { StaffLinkTool } from './StaffLinkTool';

const LABEL = 'Appointment date and time';

function loadPage({ start = true } = {}) {
  document.body.innerHTML = renderToStaticMarkup(<StaffLinkTool />);
  const root = document.querySelector<HTMLElement>('[data-staff]')!;
  if (start) expect(startStaffTool(root)).toBe(true);
  return root;
}

function enter(value: string, language?: string) {
  if (language) fireEvent.click(screen.getByLabelText(language));
  fireEvent.change(screen.getByLabelText(LABEL), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Make the link' }));
}

const emailOf = () => new URL(screen.getByRole('link', { name: 'Email to patient' }).getAttribute('href')!);

afterEach(() => {
  document.body.innerHTML = '';
});

it('without its script: the form cannot be used and the link format is explained with an example', () => {
  const root = loadPage({ start: false });
  expect(root).toHaveAttribute('data-needs-js', 'staff');
  expect(screen.getByLabelText(LABEL)).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Make the link' })).toBeDisabled();
  expect(screen.getByText('For example, for an appointment on 15 June 2027 at 1:30 PM:').nextElementSibling).toHaveTextContent(
    'https://port-guide.example.org/preparation?appointment=2027-06-15T13:30',
  );
  expect(screen.getByText('The same link in Spanish:').nextElementSibling).toHaveTextContent(
    'https://port-guide.example.org/es/preparation?appointment=2027-06-15T13:30',
  );
  expect(root).toHaveTextContent('Nothing you type here leaves this computer.');
  expect(screen.getByText(/^The form above needs JavaScript\./)).toBeVisible();
  // There is nowhere to type a name, and the form goes nowhere.
  expect(root.querySelectorAll('input:not([type="radio"])')).toHaveLength(1);
  expect(root.querySelector('form')).not.toHaveAttribute('action');
});

it('shows the clinic time zone and both languages, English first', () => {
  loadPage();
  expect(screen.getByLabelText(LABEL)).toHaveAccessibleDescription('In clinic time: Mountain Time (America/Denver).');
  expect(screen.getByLabelText('English')).toBeChecked();
  expect(screen.getByLabelText('Spanish (Español)')).not.toBeChecked();
  expect(screen.getByLabelText(LABEL)).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Make the link' })).toBeEnabled();
});

it('makes the English link, its email and its letter', () => {
  loadPage();
  enter('2027-06-15T13:30');
  const link = 'https://port-guide.example.org/preparation?appointment=2027-06-15T13:30';
  expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', link);
  expect(document.querySelector('[data-staff-status]')).toHaveTextContent('Ready for Tuesday, June 15, 2027, 1:30 PM, in English.');
  const email = emailOf();
  expect(email.pathname).toBe('');
  expect(email.searchParams.get('subject')).toBe('Your port procedure on Tuesday, June 15, 2027: when to stop eating and drinking');
  expect(email.searchParams.get('body')).toBe(
    [
      'Hello,',
      '',
      `These are your times to get ready for your port procedure at ${defaultClinic.name}.`,
      '',
      'Your appointment: Tuesday, June 15, 2027, 1:30 PM',
      'Last fatty food or meat: Tuesday, June 15, 2027, 5:30 AM — the same morning. After this, eat only a light meal, such as toast.',
      'Last solid food: Tuesday, June 15, 2027, 7:30 AM — the same morning. After this, do not eat anything.',
      'Last clear liquids: Tuesday, June 15, 2027, 11:30 AM — the same morning. After this, drink nothing, except a sip of water to take your usual medicines.',
      'Arrive at the clinic: Tuesday, June 15, 2027, 12:30 PM — the same afternoon.',
      'Driver: arrange for a responsible adult to take you home, not a taxi or rideshare on your own. You will get medicine to make you relaxed and sleepy. For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers.',
      '',
      `Your own page shows these times and can add them to your calendar: ${link}`,
      '',
      'Questions? Call us on (303) 555-0142.',
      defaultClinic.name,
    ].join('\r\n'),
  );
  const letter = document.querySelector<HTMLElement>('[data-print-letter]')!;
  expect(letter).toHaveAttribute('lang', 'en');
  expect(letter).toHaveTextContent(defaultClinic.name);
  expect(letter).toHaveTextContent('Last fatty food or meat: Tuesday, June 15, 2027, 5:30 AM — the same morning.');
  expect(letter).toHaveTextContent('Last solid food: Tuesday, June 15, 2027, 7:30 AM — the same morning.');
  expect(letter).toHaveTextContent('or type this address: port-guide.example.org/preparation?appointment=2027-06-15T13:30');
  expect(within(letter).getByRole('img', { name: 'QR code: a link to your own page with your times' })).toBeInTheDocument();
});

it('makes the Spanish link, email and letter in Spanish', () => {
  loadPage();
  enter('2027-06-15T13:30', 'Spanish (Español)');
  const link = 'https://port-guide.example.org/es/preparation?appointment=2027-06-15T13:30';
  expect(screen.getByRole('link', { name: link })).toBeInTheDocument();
  expect(document.querySelector('[data-staff-status]')).toHaveTextContent('Ready for Tuesday, June 15, 2027, 1:30 PM, in Spanish.');
  const email = emailOf();
  expect(email.searchParams.get('subject')).toBe('Su cita para colocarle el puerto el martes, 15 de junio de 2027: cuándo dejar de comer y beber');
  const body = email.searchParams.get('body')!.split('\r\n');
  expect(body[0]).toBe('Hola:');
  expect(body).toContain('Su cita: martes, 15 de junio de 2027, 1:30 p. m.');
  expect(body).toContain('Última comida sólida: martes, 15 de junio de 2027, 7:30 a. m. — esa misma mañana. Después de esta hora, no coma nada.');
  expect(body).toContain(`Su propia página muestra estas horas y puede agregarlas a su calendario: ${link}`);
  expect(body).toContain('¿Preguntas? Llámenos al (303) 555-0142.');
  const letter = document.querySelector<HTMLElement>('[data-print-letter]')!;
  expect(letter).toHaveAttribute('lang', 'es');
  expect(letter).toHaveTextContent('Colocación del puerto: sus horas');
  expect(within(letter).getByRole('img', { name: 'Código QR: un enlace a su propia página con sus horas' })).toBeInTheDocument();
});

it('follows the form as staff change it: another language or time remakes everything', () => {
  loadPage();
  enter('2027-06-15T13:30');
  fireEvent.click(screen.getByLabelText('Spanish (Español)'));
  expect(screen.getByRole('link', { name: 'https://port-guide.example.org/es/preparation?appointment=2027-06-15T13:30' })).toBeInTheDocument();
  fireEvent.input(screen.getByLabelText(LABEL), { target: { value: '2027-09-08T08:00' } });
  expect(screen.getByRole('link', { name: 'https://port-guide.example.org/es/preparation?appointment=2027-09-08T08:00' })).toBeInTheDocument();
  expect(document.querySelectorAll('[data-print-letter]')).toHaveLength(1);
});

it.each([
  ['', 'Enter the date and time of your appointment.'],
  ['2020-06-15T13:30', 'That time has already passed. Enter the date and time of your next appointment.'],
  // Denver's clocks go from 2:00 to 3:00 AM on 14 March 2027.
  ['2027-03-14T02:30', 'That time is skipped when the clocks go forward, so it cannot be your appointment time. Check the time with the clinic.'],
])('gives the planner\'s message for %j and makes no link', (value, message) => {
  loadPage();
  enter('2027-06-15T13:30');
  enter(value);
  expect(screen.getByText(message)).toBeInTheDocument();
  expect(screen.getByLabelText(LABEL)).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText(LABEL)).toHaveAccessibleDescription(`In clinic time: Mountain Time (America/Denver). Error: ${message}`);
  expect(screen.queryByRole('link', { name: 'Email to patient' })).toBeNull();
  expect(document.querySelector('[data-print-letter]')).toBeNull();
});

it('says nothing while a time is still being typed, and clears an old message once it is right', () => {
  loadPage();
  enter('2020-06-15T13:30');
  fireEvent.input(screen.getByLabelText(LABEL), { target: { value: '2027-06-15T13:30' } });
  expect(screen.queryByText(/already passed/)).toBeNull();
  expect(screen.getByLabelText(LABEL)).not.toHaveAttribute('aria-invalid');
  fireEvent.input(screen.getByLabelText(LABEL), { target: { value: '0002-06-15T13:30' } });
  expect(screen.queryByText(/already passed/)).toBeNull();
  expect(screen.queryByRole('link', { name: 'Email to patient' })).toBeNull();
});

it('copies the link and says so', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  loadPage();
  enter('2027-06-15T13:30');
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
  await vi.waitFor(() => expect(screen.getByText('Link copied.')).toBeInTheDocument());
  expect(writeText).toHaveBeenCalledWith('https://port-guide.example.org/preparation?appointment=2027-06-15T13:30');
});

it('"Print a letter" prints', () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  loadPage();
  enter('2027-06-15T13:30');
  fireEvent.click(screen.getByRole('button', { name: 'Print a letter' }));
  expect(print).toHaveBeenCalledTimes(1);
  print.mockRestore();
});

it('refuses to start on settings that are not its own', () => {
  const root = loadPage({ start: false });
  const settings = JSON.parse(root.dataset.staff!) as Record<string, unknown>;
  expect(readStaffSettings(root.dataset.staff)).not.toBeNull();
  for (const bad of ['staff', JSON.stringify({ ...settings, languages: [] }), JSON.stringify({ ...settings, timeZone: 'Mars/Base' })]) {
    root.dataset.staff = bad;
    expect(startStaffTool(root)).toBe(false);
  }
});
