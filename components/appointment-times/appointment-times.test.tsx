// What the planner and the staff tool share, as a browser gets it: the
// server-rendered slots (rendered to a string, parsed like a page), filled by
// the browser half. The default clinic (Denver; no fatty food or meat 8 hours
// before, no food 6 hours before, clear liquids until 2 hours before, arrive
// 60 minutes early) is the configured one, so every expected value below is
// written out by hand. A fixed appointment in 2027 keeps runs independent of today.
import { renderToStaticMarkup } from 'react-dom/server';
import { en } from '@/lib/i18n/en';
import { parseAppointment, preparationTimes } from '@/lib/planner/appointment-times';
import { formatsFor } from '@/lib/format';
import ukClinic from '@/tests/fixtures/uk-clinic.json';
import { FieldError, plannerScriptWords, preparationPageUrl, preparationRules, PreparationTimes, ScanToOpen, timeZoneName } from './index';
import { clearFieldError, fillPreparationTimes, fillScanToOpen, isTimeZone, parseObject, readRules, showFieldError } from './browser';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The times for an appointment at the default clinic, as the browser scripts work them out. */
function timesFor(value: string) {
  const parsed = parseAppointment(value, 'America/Denver', new Date('2026-01-01T00:00:00Z'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return preparationTimes(parsed.instant, preparationRules());
}

it('lists the patient’s times, each filled in words, with the driver reminder', () => {
  document.body.innerHTML = renderToStaticMarkup(<PreparationTimes lang="en" />);
  fillPreparationTimes(document.body, timesFor('2027-12-03T07:30'), 'America/Denver', en.plannerScript, { locale: 'en-US' });
  const items = [...document.querySelectorAll('li')].map((li) => li.textContent);
  expect(document.querySelector('p')?.textContent).toBe('Your appointment: Friday, December 3, 2027, 7:30 AM');
  expect(items[0]).toMatch(/^Last fatty food.*Thursday, December 2, 2027, 11:30 PM/);
  expect(items).toContain('Last clear liquids: Friday, December 3, 2027, 5:30 AM — the same morning. After this, drink nothing, except a sip of water to take your usual medicines.');
  expect(items).toContain('Arrive at the clinic: Friday, December 3, 2027, 6:30 AM — the same morning.');
  expect(items.at(-1)).toMatch(/^Driver: arrange for a responsible adult to take you home/);
});

it('says the times in Spanish on a Spanish page', () => {
  document.body.innerHTML = renderToStaticMarkup(<PreparationTimes lang="es" />);
  expect(document.querySelector('p')?.textContent).toBe('Su cita: ');
  expect([...document.querySelectorAll('li strong')].map((label) => label.textContent)).toContain('Última comida sólida:');
});

it('shows a field’s error after its hint, read out with its prefix, and takes it away again', () => {
  document.body.innerHTML = `<p id="hint">Hint</p><input id="field" aria-describedby="hint">${renderToStaticMarkup(
    <template>
      <FieldError id="error" prefix="Error:" />
    </template>,
  )}`;
  const input = document.querySelector('input')!;
  const error = document.querySelector('template')!.content.firstElementChild!.cloneNode(true) as HTMLElement;
  showFieldError(document, input, { hint: 'hint', error: 'error' }, error, 'Enter the date and time of your appointment.');
  expect(document.querySelector('#hint')?.nextElementSibling?.textContent).toBe('Error: Enter the date and time of your appointment.');
  expect(input).toHaveAttribute('aria-describedby', 'hint error');
  expect(input).toHaveAttribute('aria-invalid', 'true');
  clearFieldError(document, input, { hint: 'hint', error: 'error' });
  expect(document.querySelector('#error')).toBeNull();
  expect(input).toHaveAttribute('aria-describedby', 'hint');
  expect(input).not.toHaveAttribute('aria-invalid');
});

it('draws the QR code and the link as a person would type it', () => {
  document.body.innerHTML = renderToStaticMarkup(<ScanToOpen lang="en" />);
  fillScanToOpen(document.body, 'https://port-guide.example.org/preparation?appointment=2027-12-03T07%3A30', 'QR code');
  expect(document.body).toHaveTextContent(/^Scan this code with your phone camera/);
  expect(document.querySelector('[data-fill="qr"] svg')).not.toBeNull();
  expect(document.querySelector('[data-fill="shortLink"]')?.textContent).toContain('port-guide.example.org/preparation');
});

it('gives the clinic’s rules, page address and time zone name', () => {
  expect(preparationRules()).toEqual({ fattyFoodHoursBefore: 8, solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 60 });
  expect(preparationPageUrl('en')).toBe('https://port-guide.example.org/preparation');
  expect(preparationPageUrl('es')).toBe('https://port-guide.example.org/es/preparation');
  expect(timeZoneName('America/Denver', 'en')).toBe('Mountain Time');
  expect(timeZoneName('America/Los_Angeles', 'en')).toBe('Pacific Time');
});

it('reads settings only when they are well formed', () => {
  expect(parseObject('{"a":1}')).toEqual({ a: 1 });
  expect(parseObject('not json')).toBeNull();
  expect(parseObject(undefined)).toBeNull();
  expect(readRules({ solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 60 })).toEqual({
    solidFoodHoursBefore: 6,
    clearLiquidsHoursBefore: 2,
    arrivalMinutesBefore: 60,
  });
  expect(readRules({ solidFoodHoursBefore: -1, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 60 })).toBeNull();
  expect(readRules({ solidFoodHoursBefore: 6, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 60, fattyFoodHoursBefore: 'eight' })).toBeNull();
  expect(isTimeZone('America/Denver')).toBe(true);
  expect(isTimeZone('Mars/Base')).toBe(false);
});

it('gives the planner its examples as the clinic’s country writes dates and times', () => {
  const us = plannerScriptWords('en');
  expect(us.format).toBe('We could not read that appointment time. Enter the date and time from your appointment letter, for example December 3 at 8:30 AM.');
  expect(us.notATime).toBe('That time does not exist. Enter a time between 12:00 AM and 11:59 PM.');
  const es = plannerScriptWords('es');
  expect(es.format).toBe('No pudimos leer esa hora de cita. Escriba la fecha y la hora que aparecen en la carta de su cita, por ejemplo, 3 de diciembre a las 8:30 a. m.');
  expect(es.notATime).toBe('Esa hora no existe. Escriba una hora entre las 12:00 de la noche y las 11:59 p. m.');
  const uk = plannerScriptWords('en', formatsFor('en', ukClinic));
  expect(uk.format).toBe('We could not read that appointment time. Enter the date and time from your appointment letter, for example 3 December at 8.30am.');
  expect(uk.notATime).toBe('That time does not exist. Enter a time between midnight and 11.59pm.');
});
