// Reads a page's JSON-LD as search engines do: every ld+json script must
// parse, and the nodes of each @graph are returned flat.
import type { Page } from '@playwright/test';

export type JsonLdNode = Record<string, unknown> & { '@type': string };

export async function jsonLdNodes(page: Page): Promise<JsonLdNode[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as { '@context'?: string; '@graph'?: JsonLdNode[] } & JsonLdNode;
    if (data['@context'] !== 'https://schema.org') throw new Error(`JSON-LD without the schema.org context: ${text.slice(0, 80)}`);
    return data['@graph'] ?? [data];
  });
}

export function nodeOfType(nodes: JsonLdNode[], type: string): JsonLdNode | undefined {
  return nodes.find((node) => node['@type'] === type);
}

/** The <head> tags a search engine or chat app reads for a shared link. */
export async function shareTags(page: Page) {
  const attr = (selector: string, name: string) => page.locator(selector).first().getAttribute(name);
  return {
    canonical: await attr('link[rel="canonical"]', 'href'),
    ogUrl: await attr('meta[property="og:url"]', 'content'),
    ogTitle: await attr('meta[property="og:title"]', 'content'),
    ogSiteName: await attr('meta[property="og:site_name"]', 'content'),
    ogImage: await attr('meta[property="og:image"]', 'content'),
    twitterCard: await attr('meta[name="twitter:card"]', 'content'),
  };
}
