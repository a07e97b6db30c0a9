import { SearchPage, searchMetadata } from '../../_site/search-page';

export const metadata = searchMetadata('en');

export default function EnglishSearch() {
  return <SearchPage lang="en" />;
}
