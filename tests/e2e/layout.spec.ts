import { LANGUAGE_INFO, localePath } from '../../lib/i18n';
import { expect, siteLanguages, sitePaths, test } from './fixtures';

test.describe('reflow at 320px (WCAG 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of sitePaths()) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

// 200% zoom of a 1280px-wide window lays the page out at 640 CSS pixels: the
// same as a 640px viewport. Every page must still fit without sideways
// scrolling, with its heading and text on screen (WCAG 1.4.4 and 1.4.10).
test.describe('200% zoom (1280px window at 640px)', () => {
  test.use({ viewport: { width: 640, height: 400 } });
  for (const path of sitePaths()) {
    test(`${path} fits and keeps its heading readable`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const heading = page.getByRole('heading', { level: 1 });
      const box = await heading.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(640);
    });
  }
});

test('body text is at least 18px', async ({ page }) => {
  await page.goto('/what-is-a-port');
  const size = await page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
});

for (const lang of siteLanguages()) {
  test(`every topic is reachable from the main navigation with the keyboard (${lang})`, async ({ page, isMobile }) => {
    const words = LANGUAGE_INFO[lang].dictionary.frame;
    await page.goto(localePath(lang, '/'));
    const nav = page.getByRole('navigation', { name: words.mainNav });
    if (isMobile) {
      const menu = nav.getByText(words.menu);
      await menu.focus();
      await page.keyboard.press('Enter');
    }
    for (const path of sitePaths([lang])) {
      await expect(nav.locator(`a[href="${path}"]:visible`)).toHaveCount(1);
    }
    const target = localePath(lang, '/what-is-a-port');
    const link = nav.locator(`a[href="${target}"]:visible`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.getByRole('navigation', { name: words.mainNav }).locator('a[aria-current="page"]').first()).toHaveAttribute('href', target);
  });
}

test('the focused link shows a visible focus indicator', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const shadow = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');
  expect(shadow).not.toBe('none');
});
