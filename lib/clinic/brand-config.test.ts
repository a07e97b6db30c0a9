// @vitest-environment node
// The config's optional `brand` block: colour format and contrast, logo type, size and place.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import secondClinic from '../../tests/fixtures/second-clinic.json';
import { LOGO_MAX_KB, logoDataUrl, readBrandLogo } from './brand-logo';
import { ClinicConfigError, loadClinicConfig, parseClinicConfig } from './config';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'port-guide-brand-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FIXTURES = path.resolve('tests/fixtures');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>';
// The first 24 bytes of a PNG: signature, then the IHDR chunk's length, type, width (300) and height (100).
const PNG_HEAD = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR'),
  Buffer.from([0, 0, 1, 44, 0, 0, 0, 100]),
]);

function withBrand(brand: unknown) {
  return { ...structuredClone(secondClinic), brand };
}

function errorFor(data: unknown, baseDir = tmp): string {
  try {
    parseClinicConfig(data, 'clinic.json', baseDir);
  } catch (error) {
    expect(error).toBeInstanceOf(ClinicConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

function write(name: string, data: string | Buffer): string {
  fs.writeFileSync(path.join(tmp, name), data);
  return name;
}

describe('brand.color', () => {
  it('is optional, and so is the whole brand block', () => {
    expect(parseClinicConfig(withBrand(undefined), 'clinic.json').brand).toBeUndefined();
    expect(parseClinicConfig(withBrand({ color: '#7a1f5c' }), 'clinic.json').brand).toEqual({ color: '#7a1f5c' });
  });

  it('must be written #rrggbb', () => {
    for (const color of ['blue', '#fff', '7a1f5c', '#7a1f5cff', 'rgb(0, 90, 140)']) {
      expect(errorFor(withBrand({ color }))).toContain('brand.color must be a colour written #rrggbb, like "#005a8c"');
    }
  });

  it('fails a colour too light for text, naming the field and the ratio', () => {
    expect(errorFor(withBrand({ color: '#f5e663' }))).toContain('brand.color #f5e663 has contrast 1.3:1 on white; text needs 4.5:1');
  });

  it('rejects a misspelt key inside brand', () => {
    expect(errorFor(withBrand({ colour: '#7a1f5c' }))).toContain('brand has unknown field(s) "colour"');
  });
});

describe('brand.logo', () => {
  it('is found relative to the config file and resolved to an absolute path', () => {
    const clinic = loadClinicConfig(path.join(FIXTURES, 'second-clinic.json'));
    expect(clinic.brand?.logo).toBe(path.join(FIXTURES, 'second-clinic-logo.svg'));
  });

  it('is left as written when the data came from no file, as there is no folder to look in', () => {
    expect(parseClinicConfig(withBrand({ logo: 'logo.svg' }), 'data').brand?.logo).toBe('logo.svg');
  });

  it('accepts an SVG or a PNG, each served as its own type under a content-hashed name', () => {
    const svg = readBrandLogo(write('logo.svg', SVG), tmp);
    expect(svg).toMatchObject({ logo: { type: 'image/svg+xml', width: 120, height: 40, url: expect.stringMatching(/^\/brand\/logo\.[0-9a-f]{16}\.svg$/) } });
    const png = readBrandLogo(write('logo.png', PNG_HEAD), tmp);
    expect(png).toMatchObject({ logo: { type: 'image/png', width: 300, height: 100, url: expect.stringMatching(/^\/brand\/logo\.[0-9a-f]{16}\.png$/) } });
    if ('logo' in svg) expect(logoDataUrl(svg.logo)).toBe(`data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`);
  });

  it('gives a changed file a new name, so a year-long cache never shows the old logo', () => {
    const first = readBrandLogo(write('a.svg', SVG), tmp);
    const second = readBrandLogo(write('b.svg', SVG.replace('120', '121')), tmp);
    expect('logo' in first && 'logo' in second && first.logo.url !== second.logo.url).toBe(true);
  });

  it('takes an SVG size from width and height in px when it has no viewBox', () => {
    const result = readBrandLogo(write('sized.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="200px" height="50"></svg>'), tmp);
    expect(result).toMatchObject({ logo: { width: 200, height: 50 } });
  });

  it('refuses a missing file, naming the field and where it looked', () => {
    const message = errorFor(withBrand({ logo: 'nowhere.svg' }));
    expect(message).toContain(`brand.logo "nowhere.svg" was not found (looked for ${path.join(tmp, 'nowhere.svg')}`);
  });

  it('refuses other file types', () => {
    for (const name of ['logo.gif', 'logo.jpg', 'logo.svgz', 'logo']) {
      expect(errorFor(withBrand({ logo: write(name, 'x') }))).toContain(`brand.logo "${name}" must be an SVG or PNG file (ending .svg or .png)`);
    }
  });

  it(`refuses a file over ${LOGO_MAX_KB} KB`, () => {
    const big = write('big.svg', `${SVG}<!--${'x'.repeat(LOGO_MAX_KB * 1024)}-->`);
    expect(errorFor(withBrand({ logo: big }))).toMatch(/brand\.logo "big\.svg" is 10\d KB; a logo may be at most 100 KB/);
    // Exactly at the limit is allowed.
    const atLimit = write('at-limit.svg', SVG.padEnd(LOGO_MAX_KB * 1024, ' '));
    expect(parseClinicConfig(withBrand({ logo: atLimit }), 'clinic.json', tmp).brand?.logo).toBe(path.join(tmp, atLimit));
  });

  it('refuses a file whose content is not what its name says', () => {
    expect(errorFor(withBrand({ logo: write('fake.png', SVG) }))).toContain('brand.logo "fake.png" is not a PNG image');
    expect(errorFor(withBrand({ logo: write('fake.svg', PNG_HEAD) }))).toContain('brand.logo "fake.svg" is not an SVG image');
  });

  it('refuses an SVG with no size to scale it by', () => {
    const name = write('unsized.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="100%"><rect width="10" height="10"/></svg>');
    expect(errorFor(withBrand({ logo: name }))).toContain(`brand.logo "${name}" needs a viewBox`);
  });
});
