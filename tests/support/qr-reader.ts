// Reads a QR code from a screenshot the way a phone camera would: with
// jsQR, a QR reader that shares no code with the encoder the site uses
// (uqr), so a test's expected link never comes from the code under test.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG screenshot, or null if no code can be read. */
export function readQrCode(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}
