/**
 * Structured data (schema.org JSON-LD) for search engines. Always goes through
 * serializeJsonLd, which escapes the characters that could end the script tag.
 */
import type { Graph, Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/json-ld';

export function JsonLd({ data }: { data: Graph | WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
