import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Design tokens. Colours meet WCAG AA contrast on white (4.5:1 or more for text).
const config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx', './mdx-components.tsx'],
  theme: {
    extend: {
      colors: {
        ink: '#1f2a30', // body text
        muted: '#4a5a64', // secondary text, 7:1 on white
        // brand, brand-dark, brand-light: the clinic's colour and its shades, in globals.css.
        surface: '#f3f6f8', // lib/clinic/brand.ts checks brand text on this and the tints below
        line: '#b8c4cc',
        focus: '#ffd028', // focus halo, paired with a dark ring so it shows on any background
        urgent: { DEFAULT: '#b3261e', light: '#fbeae9' },
        caution: { DEFAULT: '#7a4d00', light: '#fff4d6' },
        calm: { DEFAULT: '#1d6b3a', light: '#e8f5ec' },
      },
      fontFamily: {
        // System fonts: no font download, no third-party request, fast first paint.
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"Noto Sans"',
          'sans-serif',
        ],
      },
      maxWidth: { reading: '42rem', frame: '72rem' },
    },
  },
  plugins: [typography],
} satisfies Config;

export default config;
