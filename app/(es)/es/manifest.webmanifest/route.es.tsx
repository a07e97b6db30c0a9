import { webManifestResponse } from '@/lib/seo/web-manifest';

// Written once at build time into the static export; built only with the Spanish edition.
export const dynamic = 'force-static';

export function GET() {
  return webManifestResponse('es');
}
