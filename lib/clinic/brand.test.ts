// @vitest-environment node
import { oklch } from 'culori';
import { describe, expect, it } from 'vitest';
import tailwindConfig from '../../tailwind.config';
import { brandPalette, brandStylesheet, contrastProblems, contrastRatio, DEFAULT_PALETTE, derivePalette, TEXT_BACKGROUNDS } from './brand';

// Reference ratios from WebAIM's contrast checker (webaim.org/resources/contrastchecker):
// #767676 on white is 4.54:1 (the lightest grey that passes AA), #777777 on white is 4.48:1.
// #f5e663 by hand from the WCAG 2.x formula: its relative luminance is
// 0.2126 * 0.9131 + 0.7152 * 0.7913 + 0.0722 * 0.1248 = 0.769, so (1 + 0.05) / (0.769 + 0.05) = 1.28:1.
describe('contrastRatio (WCAG 2.x)', () => {
  it('matches independently computed ratios', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#f5e663', '#ffffff')).toBeCloseTo(1.28, 2);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
  });
});

describe('contrastProblems', () => {
  it('passes the design’s own palette and the second clinic’s colour', () => {
    expect(contrastProblems(DEFAULT_PALETTE)).toEqual([]);
    expect(contrastProblems(derivePalette('#7a1f5c'))).toEqual([]);
  });

  it('names the colour, the ratio, the background and the need, as the build reports it', () => {
    expect(contrastProblems(derivePalette('#f5e663'))[0]).toBe('#f5e663 has contrast 1.3:1 on white; text needs 4.5:1');
  });

  it('shows two decimals where one would round up to the limit', () => {
    expect(contrastProblems(derivePalette('#777777'))[0]).toBe('#777777 has contrast 4.48:1 on white; text needs 4.5:1');
  });

  it('fails a colour that passes on white but not on a tinted background links sit on', () => {
    // 4.54:1 on white, but the navigation bar and footer are grey (#f3f6f8).
    const problems = contrastProblems(derivePalette('#767676'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^#767676 has contrast 4\.\d+:1 on the surface grey; text needs 4\.5:1$/);
  });

  it('fails a derived shade on its own line, naming the shade', () => {
    // The colour itself passes everywhere; only its (here hand-made, too light) dark shade fails.
    const palette = { color: '#005a8c', dark: '#6f8fa3', light: '#e6f0f6' };
    expect(contrastProblems(palette)).toEqual([expect.stringMatching(/^#005a8c: its dark shade #6f8fa3 has contrast [\d.]+:1 on white; text needs 4\.5:1$/)]);
  });
});

describe('derivePalette', () => {
  it('reproduces the design’s own shades of #005a8c to within 2 of 255 per channel', () => {
    const derived = derivePalette('#005a8c');
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const shade of ['dark', 'light'] as const) {
      const [got, want] = [channels(derived[shade]), channels(DEFAULT_PALETTE[shade])];
      got.forEach((value, i) => expect(Math.abs(value - want[i]!)).toBeLessThanOrEqual(2));
    }
  });

  it('keeps the hue, darkens the dark shade and makes the light one a pale tint', () => {
    const base = oklch('#7a1f5c')!;
    const { dark, light } = derivePalette('#7a1f5c');
    const [d, l] = [oklch(dark)!, oklch(light)!];
    expect(d.l).toBeLessThan(base.l);
    expect(l.l).toBeGreaterThan(0.93);
    expect(Math.abs(d.h! - base.h!)).toBeLessThan(3);
    expect(Math.abs(l.h! - base.h!)).toBeLessThan(10);
    expect(contrastRatio(light, '#ffffff')).toBeLessThan(1.2);
  });

  it('writes lower-case #rrggbb colours, in sRGB even for a vivid colour', () => {
    for (const value of Object.values(derivePalette('#0000FF'))) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('brandPalette', () => {
  it('is the design’s hand-picked palette when the config has no brand colour', () => {
    // The values tailwind.config.ts held before the brand colour became configurable.
    expect(brandPalette(undefined)).toEqual({ color: '#005a8c', dark: '#003d5f', light: '#e6f0f6' });
  });

  it('derives the palette from a configured colour', () => {
    expect(brandPalette('#7a1f5c')).toEqual(derivePalette('#7a1f5c'));
  });
});

it('checks brand text on the same backgrounds as tailwind.config.ts defines', () => {
  const colors = tailwindConfig.theme.extend.colors;
  expect(TEXT_BACKGROUNDS).toEqual({
    white: '#ffffff',
    'the surface grey': colors.surface,
    'the caution tint': colors.caution.light,
    'the urgent tint': colors.urgent.light,
  });
});

it('writes the palette as the custom properties globals.css maps the brand colours onto', () => {
  const css = brandStylesheet({ color: '#7a1f5c', dark: '#50103b', light: '#f7eaf1' });
  expect(css).toContain(':root {');
  expect(css).toContain('--clinic-brand: #7a1f5c;');
  expect(css).toContain('--clinic-brand-dark: #50103b;');
  expect(css).toContain('--clinic-brand-light: #f7eaf1;');
});
