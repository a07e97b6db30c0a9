import { webManifestResponse } from '@/lib/seo/web-manifest';

// Written once at build time into the static export.
export const dynamic = 'force-static';

export function GET() {
  return webManifestResponse('en');
}
