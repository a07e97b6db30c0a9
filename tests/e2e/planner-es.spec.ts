// The preparation planner on the Spanish page (/es/preparation), against the
// default clinic's build: the same script, reading its words from the page.
// Expected words are the Spanish dictionary's or written out here.
import fs from 'node:fs';
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { es } from '../../lib/i18n/es';
import { parseAppointment, preparationTimes, timeInWords } from '../../lib/planner/appointment-times';
import { plannerLinesEs } from '../support/expected-copy';
import { icsDate, parseEvents } from '../support/ics';
import { expect, test } from './fixtures';

const { timeZone } = defaultClinic;
const rules = { ...defaultClinic.fasting, arrivalMinutesBefore: defaultClinic.arrivalMinutesBefore };
const words = es.planner;
const REGION = 'Sus horas para prepararse';

/** "YYYY-MM-DDT07:30" about `days` days from now, in the clinic's zone. */
function futureAppointment(days: number, time = '07:30'): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const [month, date, year] = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day).split('/');
  return `${year}-${month}-${date}T${time}`;
}

function expected(value: string) {
  const result = parseAppointment(value, timeZone);
  if (!result.ok) throw new Error(`test picked a bad appointment ${value}: ${result.problem}`);
  const times = preparationTimes(result.instant, rules);
  return { times, say: (date: Date) => timeInWords(date, result.instant, timeZone, es.plannerScript, { locale: 'es-US', am: 'a. m.', pm: 'p. m.', noon: '12:00 del mediodía', midnight: '12:00 de la noche' }).full };
}

test('a staff link /es/preparation?appointment= shows the times in Spanish on load', async ({ page }) => {
  const value = futureAppointment(12, '07:30');
  const { times, say } = expected(value);
  await page.goto(`/es/preparation?appointment=${value}`);
  const region = page.getByRole('region', { name: REGION });
  await expect(region.getByRole('listitem').filter({ hasText: 'Última comida sólida:' })).toContainText(say(times.lastSolidFood));
  // 6 hours before 7:30 a. m. is after midnight on the same day.
  await expect(region).toContainText('1:30 a. m. — de madrugada (después de la medianoche)');
  await expect(region.getByRole('listitem').filter({ hasText: 'Llegada a la clínica:' })).toContainText(say(times.arrival));
  await expect(region).toContainText(/(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de [a-z]+ de \d{4}/);
  await expect(page.getByLabel(words.label)).toHaveValue(value);
});

test('the privacy page names the calendar and print buttons as the planner shows them', async ({ page }) => {
  await page.goto('/es/privacy');
  const main = page.locator('main');
  await expect(main).toContainText('"Agregar a mi calendario" crea el archivo del calendario en su dispositivo.');
  await expect(main).toContainText('"Imprimir esta página" imprime desde su dispositivo.');
  await page.goto(`/es/preparation?appointment=${futureAppointment(18)}`);
  await expect(page.getByRole('button', { name: 'Agregar a mi calendario (archivo .ics)', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimir esta página', exact: true })).toBeVisible();
});

test('noon is said in words, not as "12:00 p. m."', async ({ page }) => {
  // 6 hours of fasting before a 6:00 p. m. appointment ends at noon.
  await page.goto(`/es/preparation?appointment=${futureAppointment(16, '18:00')}`);
  const region = page.getByRole('region', { name: REGION });
  await expect(region).toContainText('12:00 del mediodía — esa misma tarde');
  await expect(region).not.toContainText('12:00 p. m.');
});

test('the language link keeps the appointment once the times are shown, both ways', async ({ page }) => {
  const value = futureAppointment(14, '09:00');
  await page.goto(`/es/preparation?appointment=${value}`);
  await expect(page.getByRole('region', { name: REGION })).toBeVisible();
  await page.locator('a[data-language-link]').click();
  await expect(page).toHaveURL(new RegExp(`/preparation\\?appointment=${value.replace(':', '(:|%3A)')}$`));
  await expect(page.getByRole('region', { name: 'Your preparation times' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('a[data-language-link]')).toHaveAttribute('href', new RegExp(`/es/preparation\\?appointment=`));
});

test('"Agregar a mi calendario" downloads an .ics file in Spanish with the right UTC times', async ({ page }) => {
  const value = futureAppointment(20);
  const { times } = expected(value);
  await page.goto(`/es/preparation?appointment=${value}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: words.calendar }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`preparacion-puerto-${value.slice(0, 10)}.ics`);
  const events = parseEvents(fs.readFileSync((await download.path()) as string, 'utf8'));
  // The default clinic has a fatty-food rule (8 hours), so four events, that one first.
  expect(events.map((e) => icsDate(e.DTSTART))).toEqual([times.lastFattyFood, times.lastSolidFood, times.lastClearLiquids, times.arrival]);
  expect(events[0]?.SUMMARY).toBe('Colocación del puerto: última comida grasosa o carne');
  expect(events[1]?.SUMMARY).toBe('Colocación del puerto: última comida sólida');
  expect(events[3]?.SUMMARY).toBe(`Llegue a ${defaultClinic.name} para la colocación del puerto`);
  expect(events[3]?.DESCRIPTION).toContain(plannerLinesEs.driverRule);
  expect(events[3]?.alarms?.[0]?.DESCRIPTION).toBe(events[3]?.SUMMARY);
});

const badLinks: [string, string][] = [
  ['garbage', 'No pudimos leer esa hora de cita.'],
  ['2026-02-30T08:00', 'Esa fecha no existe.'],
  ['2020-01-05T08:00', 'Esa hora ya pasó.'],
];
for (const [value, message] of badLinks) {
  test(`a bad link (/es/preparation?appointment=${value}) explains the problem in Spanish and keeps the rules`, async ({ page, makeAxeBuilder }) => {
    await page.goto(`/es/preparation?appointment=${encodeURIComponent(value)}`);
    const input = page.getByLabel(words.label);
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByText(`No coma nada en las ${rules.solidFoodHoursBefore} horas antes.`)).toBeVisible();
    await expect(page.getByRole('region', { name: REGION })).toHaveCount(0);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}

test('with times shown the Spanish page has zero axe violations, and prints on one sheet', async ({ page, makeAxeBuilder }) => {
  // Several axe scans (or a PDF) in one test: heavy work on a busy 2-core machine, so three times the usual timeout.
  test.slow();
  await page.goto(`/es/preparation?appointment=${futureAppointment(15)}`);
  await expect(page.getByRole('region', { name: REGION })).toBeVisible();
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: es.frame.mainNav })).toBeHidden();
  await expect(page.getByRole('button', { name: words.submit })).toBeHidden();
  await expect(page.getByRole('heading', { name: words.rulesHeading })).toBeVisible();
  await expect(page.locator('[data-print-sheet]')).toContainText(`¿Preguntas? Llame a ${defaultClinic.name} al (303) 555-0142.`);
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Spanish page gives the rules in words and says the planner needs JavaScript', async ({ page }) => {
    await page.goto(`/es/preparation?appointment=${futureAppointment(10)}`);
    const main = page.getByRole('main');
    await expect(main).toContainText(`no coma nada desde ${rules.solidFoodHoursBefore} horas antes de su procedimiento`);
    await expect(main).toContainText(`llegue ${rules.arrivalMinutesBefore} minutos antes de la hora de su cita`);
    const note = page.locator('[data-needs-js] noscript p');
    expect(await note.evaluate((p) => p.textContent)).toContain('Su navegador no está usando JavaScript');
    await expect(page.locator('form')).toHaveAttribute('action', '/es/preparation');
  });
});
