// Without a "brand" block the site keeps the design's own colours: the values
// below are the ones tailwind.config.ts held before the colour became
// configurable (#005a8c, #003d5f, #e6f0f6), as the browser computes them.
import { expect, test } from './fixtures';

test('the default site keeps its own blue for links, rules, navigation and buttons, and shows no logo', async ({ page, request }) => {
  await page.goto('/preparation');
  await expect(page.getByRole('banner')).toHaveCSS('border-bottom-color', 'rgb(0, 90, 140)');
  await expect(page.locator('footer a[href="/privacy"]')).toHaveCSS('color', 'rgb(0, 90, 140)');
  await expect(page.getByRole('button', { name: 'Show my times' })).toHaveCSS('background-color', 'rgb(0, 90, 140)');
  await expect(page.getByRole('navigation', { name: 'Main' }).locator('a:visible, summary:visible').first()).toHaveCSS('color', 'rgb(0, 61, 95)');
  await expect(page.getByRole('banner').getByRole('img')).toHaveCount(0);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#005a8c');
  expect(await (await request.get('/icon.svg')).text()).toContain('fill="#005a8c"');
  // The light shade: the numbered circles of the patient journey on the home page.
  await page.goto('/');
  await expect(page.locator('main .bg-brand-light').first()).toHaveCSS('background-color', 'rgb(230, 240, 246)');
});
