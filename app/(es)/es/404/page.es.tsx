// out/es/404.html: the Spanish 404 page, which scripts/serve/server.mjs (and the nginx example) send with
// status 404 for unknown addresses under /es/. Not in the sitemap, and never indexed.
import { dictionaryFor } from '@/lib/i18n';
import { NotFoundPage } from '../../../_site/not-found-page';

export const metadata = { title: dictionaryFor('es').meta.notFoundTitle, robots: { index: false } };

export default function SpanishNotFound() {
  return <NotFoundPage lang="es" />;
}
