// axe (WCAG 2.2 A/AA) on every page of the second clinic's site, whose own
// colour and logo (tests/fixtures/second-clinic.json) replace the default
// look: its contrast is checked in the browser as well as by the build.
import { expect, sitePaths, test } from './fixtures';
import secondClinicConfig from '../fixtures/second-clinic.json' with { type: 'json' };
import { languagesOfRawConfig, type LanguageCode } from '../../lib/i18n/languages.mjs';

// The second clinic builds only the languages its config names (English).
const SECOND_CLINIC_LANGUAGES = languagesOfRawConfig(secondClinicConfig) as LanguageCode[];

for (const [device, viewport] of [
  ['phone', { width: 375, height: 800 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`at ${device} width`, () => {
    test.use({ viewport });
    for (const pagePath of [...sitePaths(SECOND_CLINIC_LANGUAGES), '/no-such-page']) {
      test(`${pagePath} has zero axe violations`, async ({ page, makeAxeBuilder }) => {
        await page.goto(pagePath);
        const results = await makeAxeBuilder().analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      });
    }
  });
}
