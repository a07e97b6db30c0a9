import { shareImageResponse, SHARE_IMAGE_SIZE } from '@/components/share-image';
import { getPage, getPages } from '@/lib/content/pages';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const alt = 'The page title and the clinic name';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export function generateStaticParams() {
  return getPages().map((page) => ({ slug: page.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = getPage((await params).slug);
  return shareImageResponse(page?.title ?? 'Port guide');
}
