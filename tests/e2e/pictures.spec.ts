// The diagrams and the journey timeline as a reader gets them: visible, inside
// the screen at every width, named for screen readers, legible on a small phone,
// and still drawn when Windows high contrast replaces the colours.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DIAGRAMS = [
  { name: 'Where a port sits in your body', caption: /below your collarbone/ },
  { name: 'The parts of a port', caption: /special needle goes through the skin/ },
];

async function expectInsideViewport(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  expect(box!.height).toBeGreaterThan(150);
}

test.describe('diagrams on /what-is-a-port', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/what-is-a-port');
  });

  for (const { name, caption } of DIAGRAMS) {
    test(`"${name}" shows in full, in a figure named by its caption`, async ({ page }) => {
      const figure = page.getByRole('figure', { name: caption });
      const image = figure.getByRole('img', { name });
      await expect(image).toBeVisible();
      await expect(figure.locator('figcaption')).toBeVisible();
      await expectInsideViewport(page, image);
      const description = await image.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
      expect(description.length).toBeGreaterThan(150);
      await expect(image).toHaveAccessibleDescription(description);
    });
  }

  test('the two diagrams never share an id', async ({ page }) => {
    const ids = await page.locator('figure [id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('under forced colours the lines and labels take the system colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    for (const { name } of DIAGRAMS) {
      const image = page.getByRole('img', { name });
      await expect(image).toBeVisible();
      const paint = await image.evaluate((svg) => {
        const background = getComputedStyle(document.body).backgroundColor;
        const text = getComputedStyle(document.body).color;
        const strokes = [...svg.querySelectorAll('path, circle, rect')]
          .map((el) => getComputedStyle(el).stroke)
          .filter((stroke) => stroke !== 'none');
        const labels = [...svg.querySelectorAll('text')].map((el) => getComputedStyle(el).fill);
        return { background, text, strokes, labels };
      });
      expect(paint.strokes.length).toBeGreaterThan(10);
      // Every line is drawn in the text colour or the background colour (the
      // hollow inside of a tube), and most in the text colour.
      for (const stroke of paint.strokes) expect([paint.text, paint.background]).toContain(stroke);
      expect(paint.strokes.filter((stroke) => stroke === paint.text).length).toBeGreaterThan(paint.strokes.length / 2);
      for (const fill of paint.labels) expect(fill).toBe(paint.text);
    }
  });
});

test.describe('on a 320px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the diagrams fit and their labels stay at least 12px tall', async ({ page }) => {
    await page.goto('/what-is-a-port');
    for (const { name } of DIAGRAMS) {
      const image = page.getByRole('img', { name });
      await expectInsideViewport(page, image);
      const smallest = await image.evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      expect(smallest).toBeGreaterThanOrEqual(12);
    }
  });
});

test.describe('the journey timeline on the home page', () => {
  const journey = (page: Page) => page.locator('main ol').first();

  test('reads as an ordered list of eight steps, from the day before to the regular flush', async ({ page }) => {
    await page.goto('/');
    const steps = journey(page).getByRole('listitem');
    await expect(steps).toHaveCount(8);
    await expect(steps.first()).toContainText('The day before');
    await expect(steps.last()).toContainText('Every 4 weeks, if your port is not in use');
    await expectInsideViewport(page, journey(page));
  });

  for (const width of [320, 640]) {
    test(`stacks top to bottom with no sideways scroll at ${width}px (phone, or 200% zoom)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const boxes = await journey(page)
        .getByRole('listitem')
        .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
      boxes.slice(1).forEach((box, i) => expect(box.top).toBeGreaterThanOrEqual(boxes[i]!.bottom - 1));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
