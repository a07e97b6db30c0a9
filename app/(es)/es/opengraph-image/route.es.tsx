import { homeShareImage } from '../../../_site/share-images';

export const dynamic = 'force-static';

export function GET() {
  return homeShareImage('es');
}
