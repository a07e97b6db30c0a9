/**
 * The configured clinic's look: its palette (the design's own without
 * `brand.color`) and its logo (none without `brand.logo`). Everything that
 * shows the brand reads it here: the stylesheet the build writes, the header,
 * share images, the browser-bar colour and the manifest.
 */
import path from 'node:path';
import { brandPalette } from './brand';
import { type BrandLogo, readBrandLogo } from './brand-logo';
import { clinic } from './config';

export const sitePalette = brandPalette(clinic.brand?.color);

let logo: BrandLogo | null | undefined;

/**
 * The logo, read when first asked for (only the header and share images need
 * its bytes). The config parser has checked the file and made its path
 * absolute; a path still relative came from data parsed without a file (a
 * test's stand-in clinic), which has no folder to find a logo in.
 */
export function siteLogo(): BrandLogo | undefined {
  if (logo === undefined) {
    const file = clinic.brand?.logo;
    if (!file || !path.isAbsolute(file)) logo = null;
    else {
      const result = readBrandLogo(file, path.dirname(file));
      if ('problem' in result) throw new Error(`brand.logo ${result.problem}`);
      logo = result.logo;
    }
  }
  return logo ?? undefined;
}
