// The QR code is read back by jsQR, a separate QR reader: the expected value is
// the text we encoded, never something our own drawing code works out.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrCodePath, qrCodeSvg } from './qr-code';

const SCALE = 4;

/** Paints the path's rectangles ("M4 4h7v1h-7z") onto a white RGBA image, SCALE pixels a module. */
function rasterise(size: number, path: string) {
  const width = size * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)].map((m) => m.map(Number))) {
    for (let py = y! * SCALE; py < (y! + 1) * SCALE; py += 1) {
      for (let px = x! * SCALE; px < (x! + w!) * SCALE; px += 1) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { pixels, width };
}

describe('qrCodePath', () => {
  const links = [
    'https://ports.example-clinic.org/preparation?appointment=2027-06-15T07:30',
    'https://ports.example-clinic.org/es/preparation?appointment=2028-11-05T13:05',
    'https://a-much-longer-clinic-address.hospital-network.example.org/es/preparation?appointment=2027-03-14T02:30',
  ];
  it.each(links)('draws a code a QR reader reads back as %s', (link) => {
    const { size, path } = qrCodePath(link);
    const { pixels, width } = rasterise(size, path);
    expect(jsQR(pixels, width, width)?.data).toBe(link);
  });

  it('leaves the four-module quiet zone white', () => {
    const { size, path } = qrCodePath(links[0]!);
    for (const [, x, y, w] of [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.map(Number))) {
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x! + w!).toBeLessThanOrEqual(size - QUIET_ZONE);
    }
  });

  it('is not read as some other link', () => {
    const { size, path } = qrCodePath(links[0]!);
    const { pixels, width } = rasterise(size, path);
    expect(jsQR(pixels, width, width)?.data).not.toBe(links[1]);
  });
});

describe('qrCodeSvg', () => {
  it('is a named picture with a white square behind black modules', () => {
    const svg = qrCodeSvg(document, 'https://example.org/preparation?appointment=2027-06-15T07:30', 'QR code for your preparation page');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code for your preparation page');
    const [background, modules] = [...svg.children];
    expect(background?.getAttribute('fill')).toBe('#fff');
    expect(modules?.getAttribute('fill')).toBe('#000');
    expect(modules?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });
});
