import { shareImageResponse, SHARE_IMAGE_SIZE } from '@/components/share-image';
import { HOME_TITLE } from '@/lib/seo/site';

export const dynamic = 'force-static';
export const alt = HOME_TITLE;
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export default function Image() {
  return shareImageResponse(HOME_TITLE);
}
