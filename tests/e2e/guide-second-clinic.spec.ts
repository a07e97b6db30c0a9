// The second clinic's config has none of the optional values (email,
// after-hours phone, opening hours, map link): the pages still read well.
import secondClinic from '../fixtures/second-clinic.json' with { type: 'json' };
import { expect, telHref, test } from './fixtures';

test('the contact page shows what the clinic has and sensible words for what it lacks', async ({ page }) => {
  await page.goto('/contact');
  const main = page.getByRole('main');
  await expect(main.locator(`a[href="${telHref(secondClinic.phone)}"]`).first()).toHaveText(secondClinic.phone);
  await expect(main.locator('address')).toContainText(secondClinic.address.street);
  await expect(main).toContainText('Call us to ask when we are open.');
  await expect(main).toContainText('go to your nearest emergency department');
  await expect(main.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'Find us on OpenStreetMap' })).toHaveAttribute(
    'href',
    `https://www.openstreetmap.org/search?query=${encodeURIComponent('77 Pier Lane, Seattle, WA 98101, US')}`,
  );
});

test('/when-to-get-help#call-right-away gives the second clinic phone and no after-hours line', async ({ page }) => {
  await page.goto('/when-to-get-help#call-right-away');
  const panel = page.locator('[data-callout="urgent"]');
  await expect(panel.getByRole('link', { name: secondClinic.phone })).toHaveAttribute('href', telHref(secondClinic.phone));
  await expect(panel).not.toContainText('When we are closed, call');
  await expect(panel).toContainText('If we are closed, go to your nearest emergency department.');
});
