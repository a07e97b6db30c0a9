/**
 * Writes the clinic's look where `next build` reads it, before it starts
 * (next.config.mjs calls this):
 *
 * - app/brand.generated.css: the palette as CSS custom properties, imported by
 *   app/_site/root-layout.tsx; globals.css maps Tailwind's brand colours onto them.
 *   A real file, not tailwind.config.ts reading the clinic config, because the
 *   build caches compiled CSS between runs by the files it read: a colour in a
 *   file it reads is never served stale when the clinic config (or
 *   CLINIC_CONFIG) changes. Imported from the layout, not @import-ed by
 *   globals.css: Turbopack sometimes runs PostCSS on globals.css without its
 *   file name, and Tailwind then resolves a relative @import from the project
 *   root and reports it missing. Our CSP allows no inline <style>, so the
 *   colours must reach the stylesheet.
 * - public/brand/logo.<hash>.svg|png: the logo, copied under a content-hashed
 *   name (cached for a year); any other clinic's logo is removed.
 *
 * Both are git-ignored. Files are only rewritten when their content changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importTs } from '../load-ts.mjs';

export const BRAND_STYLESHEET = 'app/brand.generated.css';
export const LOGO_FOLDER = 'public/brand';

function writeIfChanged(file, data) {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(data))) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a build worker never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/** Reads the clinic config (through lib/clinic, compiled on the fly), so a bad config throws here, naming each field. */
export async function writeBrandAssets(root = process.cwd()) {
  const { brandStylesheet, siteLogo, sitePalette } = await importTs(
    `export { brandStylesheet } from './lib/clinic/brand.ts'; export { siteLogo, sitePalette } from './lib/clinic/site-brand.ts';`,
  );
  writeIfChanged(path.join(root, BRAND_STYLESHEET), brandStylesheet(sitePalette));
  const folder = path.join(root, LOGO_FOLDER);
  const logo = siteLogo();
  const logoName = logo ? path.basename(logo.url) : undefined;
  if (fs.existsSync(folder)) {
    for (const name of fs.readdirSync(folder)) if (name !== logoName) fs.rmSync(path.join(folder, name), { force: true });
  }
  if (logo && logoName) writeIfChanged(path.join(folder, logoName), logo.bytes);
}
