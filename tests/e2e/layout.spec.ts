import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LANGUAGE_INFO, localePath } from '../../lib/i18n';
import { expect, layoutShifts, recordLayoutShifts, siteLanguages, sitePaths, test } from './fixtures';

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

// A slow connection delivers the page in pieces, and Chromium paints what it has. The header's wrapping
// rows then reflowed as the rest arrived (up to 0.03 of layout shift at desktop width; the flake this
// replaced only showed under load). PageFrame holds the first frame until <main> begins (rel=expect).
// This proxy passes the site's HTML on 1.5 KB at a time, every 40 ms; everything else at once.
test('on a slow connection, a page does not move as it arrives', async ({ page, baseURL }) => {
  const proxy = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url!, baseURL));
    const body = Buffer.from(await upstream.arrayBuffer());
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    response.writeHead(upstream.status, { 'content-type': type });
    if (!type.startsWith('text/html')) return void response.end(body);
    for (let at = 0; at < body.length; at += 1500) {
      response.write(body.subarray(at, at + 1500));
      await new Promise((done) => setTimeout(done, 40));
    }
    response.end();
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  try {
    await recordLayoutShifts(page);
    // Without the hold, /es/aftercare's header moved 0.031 at desktop width in every run; /es/insertion's
    // moved at phone width in some runs only (0.006), so the phone half of this test guards less.
    for (const path of ['/es/aftercare', '/es/insertion']) {
      await page.goto(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}${path}`, { waitUntil: 'load' });
      expect(await layoutShifts(page), path).toEqual([]);
    }
  } finally {
    proxy.close();
  }
});
