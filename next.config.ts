import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { writeBrandAssets } from './lib/build/brand-assets';

// The clinic's colours and logo, written where the build reads them (see
// lib/build/brand-assets.ts). This also reads the clinic config, so a bad
// config stops the build here, before anything is compiled, naming each field.
writeBrandAssets();

const nextConfig: NextConfig = {
  // A static export is what clinics deploy to any static host or CDN.
  output: 'export',
  // /aftercare is written as aftercare.html; the server, _headers and nginx example map clean URLs to it.
  trailingSlash: false,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // OUT_DIR lets the test suite export a second clinic's site beside out/.
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  reactStrictMode: true,
};

const withMDX = createMDX({
  options: {
    // Plugins are named as strings: Turbopack needs serialisable loader options.
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
});

export default withMDX(nextConfig);
