// Shared Playwright fixtures: one axe configuration for every page, and the
// list of pages to visit, read from the same content loader the site uses.
import AxeBuilder from '@axe-core/playwright';
import { test as base } from '@playwright/test';
import { getPages } from '../../lib/content/pages';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page of the site, by URL path. */
export function sitePaths(): string[] {
  return ['/', ...getPages().map((page) => `/${page.slug}`)];
}

export const test = base.extend<{ makeAxeBuilder: () => AxeBuilder }>({
  makeAxeBuilder: async ({ page }, provide) => {
    await provide(() => new AxeBuilder({ page }).withTags(WCAG_TAGS));
  },
});

export { expect } from '@playwright/test';

/**
 * The tap-to-call link a phone number should get. Written out here, not
 * imported, so the tests check the app's own telHref instead of reusing it.
 */
export const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;
