/**
 * The configured clinic's look: its palette (the design's own without
 * `brand.color`) and its logo (none without `brand.logo`). Everything that
 * shows the brand reads it here: the stylesheet the build writes, the header,
 * share images, the browser-bar colour and the manifest.
 */
import { brandPalette } from './brand';
import { type BrandLogo, readBrandLogo } from './brand-logo';
import { clinic } from './config';

export const sitePalette = brandPalette(clinic.brand?.color);

function configuredLogo(): BrandLogo | undefined {
  if (!clinic.brand?.logo) return undefined;
  // The config parser has checked this file already; read it once for its bytes and size.
  const result = readBrandLogo(clinic.brand.logo, '/');
  if ('problem' in result) throw new Error(`brand.logo ${result.problem}`);
  return result.logo;
}

export const siteLogo: BrandLogo | undefined = configuredLogo();
