/**
 * The clinic's brand colour and its shades: derived from one colour, and
 * checked for WCAG 2.x text contrast everywhere the design puts text in them.
 * culori does the colour maths (OKLCH, gamut mapping, WCAG contrast).
 */
import { formatHex, oklch, toGamut, wcagContrast } from 'culori';

export type BrandPalette = {
  /** Links, the header and footer rules, buttons, share images, the browser bar. */
  color: string;
  /** Navigation and callout headings, hovered links and buttons. */
  dark: string;
  /** Tinted backgrounds: information callouts, step numbers, diagrams. */
  light: string;
};

/** The design's own hand-picked shades: a site without `brand` looks exactly as it always has. */
export const DEFAULT_PALETTE: BrandPalette = { color: '#005a8c', dark: '#003d5f', light: '#e6f0f6' };

/** WCAG 2.x, 1.4.3: normal-size text needs 4.5:1. */
export const TEXT_CONTRAST = 4.5;

/**
 * Shade rules measured from the design's own shades of #005a8c in OKLCH
 * (L 0.449, C 0.109): the dark shade sits 0.105 lower in lightness with 75%
 * of the chroma (#003d5f: L 0.345, C 0.081), the light shade at lightness
 * 0.95 with 12% of the chroma (#e6f0f6: L 0.949, C 0.013). The hue is kept.
 */
const DARK_LIGHTNESS_DROP = 0.105;
const DARK_CHROMA = 0.75;
const LIGHT_LIGHTNESS = 0.95;
const LIGHT_CHROMA = 0.12;

// CSS Color 4 gamut mapping: keeps lightness and hue, lowers chroma until the colour fits sRGB.
const toSrgb = toGamut('rgb', 'oklch');

/** The dark and light shades of a #rrggbb colour, by the rules above. */
export function derivePalette(color: string): BrandPalette {
  const base = oklch(color);
  if (!base) throw new Error(`not a colour: ${color}`);
  const shade = (l: number, c: number) => formatHex(toSrgb({ mode: 'oklch', l, c, h: base.h }));
  return {
    color: color.toLowerCase(),
    dark: shade(Math.max(0, base.l - DARK_LIGHTNESS_DROP), base.c * DARK_CHROMA),
    light: shade(LIGHT_LIGHTNESS, base.c * LIGHT_CHROMA),
  };
}

/** The palette for a config's `brand.color`, or the design's own when there is none. */
export function brandPalette(color: string | undefined): BrandPalette {
  return color ? derivePalette(color) : DEFAULT_PALETTE;
}

/** WCAG 2.x contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  return wcagContrast(a, b);
}

/**
 * Backgrounds that brand-coloured text sits on, other than the brand's own
 * light shade. The values are tailwind.config.ts's (a unit test keeps them
 * equal): links sit on the page, the navigation bar and footer (surface), and
 * inside the urgent and emergency callouts (caution and urgent tints).
 */
export const TEXT_BACKGROUNDS = {
  white: '#ffffff',
  'the surface grey': '#f3f6f8',
  'the caution tint': '#fff4d6',
  'the urgent tint': '#fbeae9',
} as const;

type Pairing = { text: 'color' | 'dark'; background: string; where: string };

/**
 * Every place the design puts text in a brand colour: links (brand) and
 * navigation, callout headings, step numbers and hovered links (dark shade),
 * on each background above and on the light shade (information callouts).
 * White text on a brand button is the same pair as brand text on white
 * (contrast is symmetric), so the white rows cover the buttons too.
 */
function pairings(palette: BrandPalette): Pairing[] {
  const backgrounds = [
    ...Object.entries(TEXT_BACKGROUNDS).map(([where, background]) => ({ where, background })),
    { where: `its light shade ${palette.light}`, background: palette.light },
  ];
  return (['color', 'dark'] as const).flatMap((text) => backgrounds.map((on) => ({ text, ...on })));
}

/** "1.3" in general; two decimals where one would round up to the limit (4.48, not 4.5), never reaching it. */
function formatRatio(ratio: number, needed: number): string {
  for (const digits of [1, 2]) {
    const rounded = ratio.toFixed(digits);
    if (Number(rounded) < needed) return rounded;
  }
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

/**
 * What is wrong with a palette's contrast, one line per text colour that fails
 * (the first background it fails on), worded to follow the field name:
 * "#f5e663 has contrast 1.3:1 on white; text needs 4.5:1".
 */
export function contrastProblems(palette: BrandPalette, needed: number = TEXT_CONTRAST): string[] {
  const problems: string[] = [];
  const reported = new Set<Pairing['text']>();
  for (const pairing of pairings(palette)) {
    if (reported.has(pairing.text)) continue;
    const ratio = contrastRatio(palette[pairing.text], pairing.background);
    if (ratio >= needed) continue;
    reported.add(pairing.text);
    const subject = pairing.text === 'color' ? palette.color : `${palette.color}: its dark shade ${palette.dark}`;
    problems.push(`${subject} has contrast ${formatRatio(ratio, needed)}:1 on ${pairing.where}; text needs ${needed}:1`);
  }
  return problems;
}

/**
 * The palette as CSS custom properties, for the stylesheet the build writes
 * (static-export/prebuild/brand-assets.mjs); globals.css maps Tailwind's brand colours
 * (text-brand, bg-brand-light, …) onto them.
 */
export function brandStylesheet(palette: BrandPalette): string {
  return [
    '/* Written by static-export/prebuild/brand-assets.mjs from the clinic config: do not edit. */',
    ':root {',
    `  --clinic-brand: ${palette.color};`,
    `  --clinic-brand-dark: ${palette.dark};`,
    `  --clinic-brand-light: ${palette.light};`,
    '}',
    '',
  ].join('\n');
}
