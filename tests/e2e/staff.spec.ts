// The staff page (/staff) in a real browser, against the default clinic's
// build (Denver; no fatty food or meat 8 hours before, no food 6 hours before, clear liquids until 2 hours before,
// arrive 60 minutes early; English and Spanish). Every expected link and time
// is written out by hand for fixed 2027 appointments, and each QR code is read
// back from a screenshot by jsQR (tests/support/qr-reader.ts).
import defaultClinic from '../../lib/clinic/default-clinic.json' with { type: 'json' };
import { DEFAULT_CLINIC } from '../support/clinics';
import { plannerLines, plannerLinesEs, questionsLine } from '../support/expected-copy';
import { readQrCode } from '../support/qr-reader';
import { expect, test } from './fixtures';
import { letter, makeLink, openStaffPage, STAFF_LABEL, staffSuite } from './suites/staff';

const LABEL = STAFF_LABEL;
const ENGLISH_LINK = DEFAULT_CLINIC.staff.link;
const SPANISH_LINK = 'https://port-guide.example.org/es/preparation?appointment=2027-06-15T13:30';

// The English link, its QR code, letter and email times, and axe before and after in each language:
// the suite (tests/e2e/suites/staff.ts), which second-clinic.spec.ts runs with the second clinic's.
staffSuite(DEFAULT_CLINIC);

test('the English email carries the link and the cut-off times', async ({ page }) => {
  await openStaffPage(page);
  await makeLink(page, '2027-06-15T13:30');
  const email = new URL((await page.getByRole('link', { name: 'Email to patient' }).getAttribute('href'))!);
  expect(email.protocol).toBe('mailto:');
  expect(email.pathname).toBe('');
  expect(email.searchParams.get('subject')).toBe('Your port procedure on Tuesday, June 15, 2027: when to stop eating and drinking');
  expect(email.searchParams.get('body')!.split('\r\n')).toEqual([
    'Hello,',
    '',
    `These are your times to get ready for your port procedure at ${defaultClinic.name}.`,
    '',
    'Your appointment: Tuesday, June 15, 2027, 1:30 PM',
    plannerLines.fatty('Tuesday, June 15, 2027, 5:30 AM — the same morning'),
    plannerLines.food('Tuesday, June 15, 2027, 7:30 AM — the same morning'),
    plannerLines.liquids('Tuesday, June 15, 2027, 11:30 AM — the same morning'),
    plannerLines.arrival('Tuesday, June 15, 2027, 12:30 PM — the same afternoon'),
    plannerLines.driver,
    '',
    `Your own page shows these times and can add them to your calendar: ${ENGLISH_LINK}`,
    '',
    questionsLine('(303) 555-0142'),
    defaultClinic.name,
  ]);
});

test('makes the Spanish link, QR code and email in Spanish', async ({ page }) => {
  await openStaffPage(page);
  await makeLink(page, '2027-06-15T13:30', 'Spanish (Español)');
  await expect(page.getByRole('link', { name: SPANISH_LINK })).toHaveAttribute('href', SPANISH_LINK);
  const qr = letter(page).getByRole('img', { name: 'Código QR: un enlace a su propia página con sus horas' });
  expect(readQrCode(await qr.screenshot())).toBe(SPANISH_LINK);
  await expect(letter(page)).toHaveAttribute('lang', 'es');
  await expect(letter(page)).toContainText(plannerLinesEs.food('martes, 15 de junio de 2027, 7:30 a. m. — esa misma mañana'));
  const email = new URL((await page.getByRole('link', { name: 'Email to patient' }).getAttribute('href'))!);
  expect(email.searchParams.get('subject')).toBe('Su cita para colocarle el puerto el martes, 15 de junio de 2027: cuándo dejar de comer y beber');
  const body = email.searchParams.get('body')!.split('\r\n');
  expect(body).toContain('Su cita: martes, 15 de junio de 2027, 1:30 p. m.');
  expect(body).toContain(plannerLinesEs.fatty('martes, 15 de junio de 2027, 5:30 a. m. — esa misma mañana'));
  expect(body).toContain(plannerLinesEs.liquids('martes, 15 de junio de 2027, 11:30 a. m. — esa misma mañana'));
  expect(body.find((line) => line.startsWith('Quién lo lleva:'))).toContain(plannerLinesEs.driverRule);
  expect(body).toContain(plannerLinesEs.arrival('martes, 15 de junio de 2027, 12:30 p. m. — esa misma tarde'));
  expect(body).toContain(`Su propia página muestra estas horas y puede agregarlas a su calendario: ${SPANISH_LINK}`);
});

test('the link opens the patient page with the same times', async ({ page }) => {
  await openStaffPage(page);
  await makeLink(page, '2027-06-15T13:30');
  const href = (await page.getByRole('link', { name: ENGLISH_LINK }).getAttribute('href'))!;
  // The link is on the clinic's own address; here the same path and query are served locally.
  const { pathname, search } = new URL(href);
  await page.goto(`${pathname}${search}`);
  await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
  const times = page.getByRole('region', { name: 'Your preparation times' });
  await expect(times.getByText('Your appointment:')).toHaveText('Your appointment: Tuesday, June 15, 2027, 1:30 PM');
  await expect(times).toContainText(plannerLines.foodTime('Tuesday, June 15, 2027, 7:30 AM — the same morning'));
  // It opens on them: the short list above the title, on the first screen (the QR code, email and letter carry this same link).
  const first = page.getByRole('region', { name: 'Your times', exact: true });
  await expect(first.locator('dl > div').first()).toHaveText('Your appointment:Tuesday, June 15, 2027, 1:30 PM');
  await expect(first.locator('dl')).toBeInViewport({ ratio: 1 });
});

test('copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStaffPage(page);
  await makeLink(page, '2027-06-15T13:30');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ENGLISH_LINK);
});

test('prints the letter, and only the letter, on one page', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await openStaffPage(page);
  await makeLink(page, '2027-06-15T13:30', 'Spanish (Español)');
  await page.getByRole('button', { name: 'Print a letter' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(letter(page)).toBeVisible();
  await expect(letter(page)).toContainText(defaultClinic.name);
  await expect(letter(page)).toContainText('(303) 555-0142');
  await expect(letter(page)).toContainText('port-guide.example.org/es/preparation?appointment=2027-06-15T13:30');
  for (const hidden of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('heading', { level: 1 }), page.getByLabel(LABEL), page.getByRole('button', { name: 'Copy link' })]) {
    await expect(hidden).toBeHidden();
  }
  // The QR code is still readable on paper.
  expect(readQrCode(await letter(page).getByRole('img').screenshot())).toBe(SPANISH_LINK);
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test.describe('bad input gets the planner\'s messages and no link', () => {
  for (const [value, message] of <[string, string][]>[
    ['2020-06-15T13:30', 'That time has already passed. Enter the date and time of your next appointment.'],
    // Denver's clocks go from 2:00 to 3:00 AM on 14 March 2027.
    ['2027-03-14T02:30', 'That time is skipped when the clocks go forward, so it cannot be your appointment time. Check the time with the clinic.'],
    ['', 'Enter the date and time of your appointment.'],
  ]) {
    test(`${value || 'nothing'}`, async ({ page, makeAxeBuilder }) => {
      await openStaffPage(page);
      await makeLink(page, '2027-06-15T13:30');
      await makeLink(page, value);
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.getByLabel(LABEL)).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel(LABEL)).toBeFocused();
      await expect(page.getByRole('link', { name: 'Email to patient' })).toHaveCount(0);
      await expect(letter(page)).toHaveCount(0);
      const results = await makeAxeBuilder().analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});

test('sends nothing anywhere: no request while a link is made, copied and emailed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStaffPage(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await makeLink(page, '2027-06-15T13:30', 'Spanish (Español)');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  expect(page.url()).toMatch(/\/staff$/);
});

test('is kept out of search results, the sitemap and the patient navigation', async ({ page, request }) => {
  await page.goto('/staff');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain('/staff');
  await page.goto('/');
  await expect(page.locator('a[href*="staff"]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('keeps the form from sending anything and explains the link format with an example', async ({ page }) => {
    await page.goto('/staff');
    await expect(page.getByLabel(LABEL)).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Make the link' })).toBeDisabled();
    // Enter in a disabled form submits nothing.
    await page.getByLabel(LABEL).press('Enter', { timeout: 1000 }).catch(() => {});
    expect(page.url()).toMatch(/\/staff$/);
    await expect(page.getByText('The form above needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Writing a link by hand' })).toBeVisible();
    await expect(page.getByText('https://port-guide.example.org/preparation?appointment=2027-06-15T13:30', { exact: true })).toBeVisible();
  });
});

test.describe("the printed preparation sheet's QR code leads back to the patient's own page", () => {
  for (const [path, link, label] of <[string, string, string][]>[
    ['/preparation?appointment=2027-06-15T13:30', ENGLISH_LINK, 'QR code: a link to your own page with your times'],
    ['/es/preparation?appointment=2027-06-15T13:30', SPANISH_LINK, 'Código QR: un enlace a su propia página con sus horas'],
  ]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('[data-planner-awake]')).toHaveCount(1);
      const qr = page.getByRole('img', { name: label });
      // On paper only.
      await expect(qr).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(qr).toBeVisible();
      expect(readQrCode(await qr.screenshot())).toBe(link);
    });
  }
});

test.describe('reflow at 320px (WCAG 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('needs no sideways scrolling, with a link and a letter shown', async ({ page }) => {
    await openStaffPage(page);
    await makeLink(page, '2027-06-15T13:30', 'Spanish (Español)');
    await expect(letter(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
