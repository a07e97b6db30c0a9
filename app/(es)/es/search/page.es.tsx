import { SearchPage, searchMetadata } from '../../../_site/search-page';

export const metadata = searchMetadata('es');

export default function SpanishSearch() {
  return <SearchPage lang="es" />;
}
