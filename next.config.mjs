import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
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
