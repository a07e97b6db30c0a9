/**
 * The clinic's logo (`brand.logo`): an SVG or PNG file beside the config,
 * checked when the config is read, copied into the build under a content-hashed
 * name (static-export/prebuild/brand-assets.mjs) and shown as an image file, never inlined.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Big enough for any real logo (a typical SVG logo is 2-20 KB), small enough to keep every page light. */
export const LOGO_MAX_KB = 100;

const TYPES = { '.svg': 'image/svg+xml', '.png': 'image/png' } as const;

export type BrandLogo = {
  /** Absolute path of the clinic's file. */
  file: string;
  type: (typeof TYPES)[keyof typeof TYPES];
  /** Where the build serves it: "/brand/logo.<hash>.svg". */
  url: string;
  /** Intrinsic size (SVG: from viewBox or width/height), for the aspect ratio. */
  width: number;
  height: number;
  bytes: Buffer;
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer): { width: number; height: number } | string {
  // The IHDR chunk comes first: width and height are big-endian at bytes 16 and 20.
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'is not a PNG image (its first bytes are not the PNG signature)';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

function svgSize(bytes: Buffer): { width: number; height: number } | string {
  const tag = /<svg\b[^>]*>/i.exec(bytes.toString('utf8'))?.[0];
  if (!tag) return 'is not an SVG image (no <svg> element)';
  const viewBox = attribute(tag, 'viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0) return { width: viewBox[2]!, height: viewBox[3]! };
  // Plain numbers or px only: a size in % or em says nothing about the shape.
  const [width, height] = ['width', 'height'].map((name) => /^\s*([\d.]+)\s*(px)?\s*$/.exec(attribute(tag, name) ?? '')?.[1]).map(Number);
  if (width! > 0 && height! > 0) return { width: width!, height: height! };
  return 'needs a viewBox (or a width and height in px) on its <svg> element, so it can be scaled to the header';
}

/**
 * Reads and checks a logo named in a config. `given` is the path as written
 * (relative to the config file's folder `baseDir`); problems are worded to
 * follow the field name, like "brand.logo "logo.gif" must be …".
 */
export function readBrandLogo(given: string, baseDir: string): { logo: BrandLogo } | { problem: string } {
  const file = path.resolve(baseDir, given);
  const quoted = `"${given}"`;
  const extension = path.extname(file).toLowerCase();
  if (!(extension in TYPES)) return { problem: `${quoted} must be an SVG or PNG file (ending .svg or .png)` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { problem: `${quoted} was not found (looked for ${file}; the path is relative to the config file)` };
  }
  const kb = bytes.length / 1024;
  if (kb > LOGO_MAX_KB) return { problem: `${quoted} is ${Math.ceil(kb)} KB; a logo may be at most ${LOGO_MAX_KB} KB` };
  const size = extension === '.svg' ? svgSize(bytes) : pngSize(bytes);
  if (typeof size === 'string') return { problem: `${quoted} ${size}` };
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return {
    logo: { file, type: TYPES[extension as keyof typeof TYPES], url: `/brand/logo.${hash}${extension}`, ...size, bytes },
  };
}

/** The logo as a data: URL, for the share images (drawn at build time, where a site URL cannot be fetched). */
export function logoDataUrl(logo: BrandLogo): string {
  return `data:${logo.type};base64,${logo.bytes.toString('base64')}`;
}
