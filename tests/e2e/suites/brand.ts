// A clinic's colour beyond the page frame (tests/e2e/suites/pages.ts checks the
// rules, links and logo on every page): buttons, the navigation, the site icon
// and the manifest. Run by brand.spec.ts and second-clinic.spec.ts.
import type { ClinicProfile } from '../../support/clinics';
import { expect, test } from '../fixtures';

export function brandSuite(clinic: ClinicProfile) {
  test(`buttons, the navigation, the site icon and the manifest use the ${clinic.label}'s colour`, async ({ page, request }) => {
    await page.goto('/preparation');
    await expect(page.getByRole('button', { name: 'Show my times' })).toHaveCSS('background-color', clinic.brand.rgb);
    if (clinic.brand.darkRgb) {
      await expect(page.getByRole('navigation', { name: 'Main' }).locator('a:visible, summary:visible').first()).toHaveCSS('color', clinic.brand.darkRgb);
    }
    expect(await (await request.get('/icon.svg')).text()).toContain(`fill="${clinic.brand.hex}"`);
    // The same icon in every page's head, as a data: address (a page load fetches no icon).
    const pageIcon = decodeURIComponent((await page.locator('link[rel="icon"]').getAttribute('href'))!);
    expect(pageIcon).toContain(`fill="${clinic.brand.hex}"`);
    expect((await (await request.get('/manifest.webmanifest')).json()).theme_color).toBe(clinic.brand.hex);
    if (clinic.brand.lightRgb) {
      // The light shade: the numbered circles of the patient journey on the home page.
      await page.goto('/');
      await expect(page.locator('main .bg-brand-light').first()).toHaveCSS('background-color', clinic.brand.lightRgb);
    }
  });
}
