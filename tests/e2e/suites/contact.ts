// How a clinic is reached: the contact page and the "Urgent advice" panel on
// /when-to-get-help, with its own numbers and sensible words for the optional
// values it lacks (email, after-hours phone, opening hours). Run by
// guide.spec.ts and second-clinic.spec.ts.
import type { ClinicProfile } from '../../support/clinics';
import { expect, test } from '../fixtures';

export function contactSuite(clinic: ClinicProfile) {
  const { address } = clinic.config;
  const { phone } = clinic;
  const { hours, email, afterHoursPhone, mapQuery, urgentCall } = clinic.contact;

  test(`the contact page has a tap-to-call phone, the address, the ${clinic.label}'s hours and email or words for their lack, and a plain directions link`, async ({ page }) => {
    await page.goto('/contact');
    const main = page.getByRole('main');
    await expect(main.locator(`a[href="${phone.href}"]`).first()).toHaveText(phone.text);
    await expect(main.locator('address')).toContainText(address.street);
    if (hours) await expect(main).toContainText(hours);
    else {
      await expect(main).toContainText('Call us to ask when we are open.');
      await expect(main).toContainText('go to your nearest emergency department');
    }
    if (email) await expect(main.getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
    else await expect(main.locator('a[href^="mailto:"]')).toHaveCount(0);
    await expect(main.getByRole('link', { name: 'Find us on OpenStreetMap' })).toHaveAttribute(
      'href',
      `https://www.openstreetmap.org/search?query=${encodeURIComponent(mapQuery)}`,
    );
    // A link, not an embedded map: nothing on the page loads from another site.
    await expect(page.locator('iframe')).toHaveCount(0);
  });

  test(`/when-to-get-help#call-right-away gives the ${clinic.label}'s phone${afterHoursPhone ? ' and after-hours line' : ', and no after-hours line'}, and nothing of the other clinic`, async ({ page }) => {
    await page.goto('/when-to-get-help#call-right-away');
    const panel = page.locator('[data-callout="urgent"]');
    await expect(panel).toContainText(urgentCall);
    await expect(panel.getByRole('link', { name: phone.text })).toHaveAttribute('href', phone.href);
    if (afterHoursPhone) await expect(panel.getByRole('link', { name: afterHoursPhone.text })).toHaveAttribute('href', afterHoursPhone.href);
    else await expect(panel).not.toContainText('When we are closed, call');
    const text = await page.locator('body').innerText();
    for (const value of clinic.otherClinic) expect(text).not.toContain(value);
  });
}
