// The second clinic's own aftercare values (tests/fixtures/second-clinic.json:
// dressing 2 days, check-up 10 to 14 days, fever 38.5 °C, no heavy lifting for
// 5 days, a flush every 12 weeks) on every page that states them, in the
// structured data, and none of the defaults (3 days, 7 to 10 days,
// 38.0 °C / 100.4 °F, 7 days, every 4 weeks).
// Expected strings are written out from the fixture, not worked out by the code.
import { callNowLines, EMERGENCY_SIGNS, infectionSigns, infectionSignsPortRemoved } from '../support/expected-signs';
import { jsonLdNodes, nodeOfType } from '../support/structured-data';
import { expect, sitePaths, test } from './fixtures';
import secondClinicConfig from '../fixtures/second-clinic.json' with { type: 'json' };
import { languagesOfRawConfig, type LanguageCode } from '../../lib/i18n/languages.mjs';

// The second clinic builds only the languages its config names (English).
const SECOND_CLINIC_LANGUAGES = languagesOfRawConfig(secondClinicConfig) as LanguageCode[];

const FEVER = '101.3 °F (38.5 °C)';
const DEFAULTS = [/100\.4/, /38\.0 ?°C/, /\b3 days\b/, /\b7 to 10 days\b/, /\b7 days\b/, /Day 3\b/, /Day 7 to 10/, /\b4 weeks\b/, /once a month|each month/i];

for (const path of [...sitePaths(SECOND_CLINIC_LANGUAGES), '/no-such-page']) {
  test(`${path} shows the second clinic's aftercare values and none of the defaults`, async ({ page }) => {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    const data = JSON.stringify(await jsonLdNodes(page));
    for (const value of DEFAULTS) {
      expect(text, `page text has ${value}`).not.toMatch(value);
      expect(data, `structured data has ${value}`).not.toMatch(value);
    }
    for (const list of await page.locator('[data-warning-signs="emergency"]').all()) {
      expect(await list.locator('li').allTextContents()).toEqual(EMERGENCY_SIGNS);
    }
    for (const list of await page.locator('[data-warning-signs="infection"]').all()) {
      expect(await list.locator('li').allTextContents()).toEqual(path === '/removal' ? infectionSignsPortRemoved(FEVER) : infectionSigns(FEVER));
    }
    for (const list of await page.locator('[data-warning-signs="call-now"]').all()) {
      expect(await list.locator('li').allTextContents()).toEqual(callNowLines(FEVER, '911'));
    }
    await expect(page.getByRole('contentinfo')).toContainText(`A temperature of ${FEVER} or higher, or shivering or chills`);
  });
}

test('/aftercare gives the clinic dressing, check-up, lifting and fever values', async ({ page }) => {
  await page.goto('/aftercare');
  const main = page.getByRole('main');
  await expect(main).toContainText('Keep a dressing over the cut for the first 2 days.');
  await expect(main).toContainText('This is usually 10 to 14 days after your port is put in.');
  await expect(main).toContainText('For the first 5 days, do not lift heavy things');
  await expect(main.locator('[data-warning-signs="call-now"] li').first()).toHaveText(callNowLines(FEVER, '911')[0]!);
});

test('every page that speaks of the flush gives the clinic interval of 12 weeks', async ({ page }) => {
  const expected: [string, string][] = [
    ['/aftercare', 'A port that is not being used needs a flush every 12 weeks, or as often as your care team tells you.'],
    ['/glossary', 'A port that is not in use needs a flush every 12 weeks.'],
    ['/risks', 'Have your port flushed every 12 weeks if it is not being used.'],
    ['/using-your-port', 'If your port is not in use, it needs a flush every 12 weeks.'],
    ['/', 'Every 12 weeks, if your port is not in use'],
  ];
  for (const [path, sentence] of expected) {
    await page.goto(path);
    await expect(page.getByRole('main'), path).toContainText(sentence);
  }
});

test('/when-to-get-help gives the clinic fever line and its own number, and none of the default clinic\'s', async ({ page }) => {
  await page.goto('/when-to-get-help');
  const main = page.getByRole('main');
  await expect(main.locator('[data-warning-signs="infection"] li').first()).toHaveText(`a temperature of ${FEVER} or higher`);
  await expect(main.locator('[data-callout="urgent"]')).toContainText('Call us at +1 206-555-0117. If we are closed, go to your nearest emergency department.');
  await expect(main.getByRole('link', { name: '+1 206-555-0117' }).first()).toHaveAttribute('href', 'tel:+12065550117');
  expect(await page.locator('body').innerText()).not.toMatch(/303-555|Riverbend/);
});

test('/faq and its structured data give the clinic values', async ({ page }) => {
  await page.goto('/faq');
  const main = page.getByRole('main');
  await expect(main).toContainText('Until your care team checks the cut, usually 10 to 14 days after the port goes in, keep the area dry.');
  await expect(main).toContainText('For the first 5 days, do not lift more than about 10 pounds (4.5 kilograms)');
  await expect(main).toContainText('A port that is not in use needs a flush every 12 weeks, to stop it from getting blocked.');
  const answers = JSON.stringify(nodeOfType(await jsonLdNodes(page), 'FAQPage')!.mainEntity);
  for (const value of ['10 to 14 days', '5 days', `a temperature of ${FEVER} or higher`]) expect(answers).toContain(value);
});

test('the journey on / and /insertion, and the insertion summary for search engines, use the clinic days', async ({ page }) => {
  for (const path of ['/', '/insertion']) {
    await page.goto(path);
    await expect(page.getByRole('main')).toContainText('After 2 days: dressing off');
    await expect(page.getByRole('main')).toContainText('Day 10 to 14: check-up');
  }
  const procedure = (await jsonLdNodes(page)).find((node) => String(node['@id']).endsWith('/insertion#procedure'))!;
  expect(procedure.followup).toContain(
    'Keep a dressing on for 2 days, and keep the area dry until the cut is checked, usually 10 to 14 days after, or as your care team tells you. When the port is not in use, it is flushed every 12 weeks.',
  );
  await page.goto('/removal');
  const removal = (await jsonLdNodes(page)).find((node) => String(node['@id']).endsWith('/removal#procedure'))!;
  expect(removal.followup).toContain(`a temperature of ${FEVER} or higher`);
});
