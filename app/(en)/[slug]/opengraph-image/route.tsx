import { pageShareImage, pageShareImageParams } from '../../../_site/share-images';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => pageShareImageParams('en');

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return pageShareImage('en', params);
}
