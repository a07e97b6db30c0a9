import path from 'node:path';
import createMDX from '@next/mdx';

// The folder of MDX pages (lib/content/pages.ts reads the same CONTENT_DIR):
// app/[slug]/page.tsx imports `@content/<slug>.mdx`, so tests can build a
// site from a temporary copy without touching content/.
// Turbopack reads values as paths from the project folder, so the alias is relative.
const contentDir = path.relative(process.cwd(), path.resolve(process.env.CONTENT_DIR || 'content'));
if (contentDir.startsWith('..') || path.isAbsolute(contentDir)) {
  // Turbopack compiles only files inside the project; outside it the pages would fail as "Module not found".
  throw new Error(`CONTENT_DIR ${process.env.CONTENT_DIR} must be a folder inside the project (${process.cwd()})`);
}

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
  turbopack: {
    resolveAlias: { '@content/*': `./${contentDir}/*` },
  },
};

const withMDX = createMDX({
  options: {
    // Plugins are named as strings: Turbopack needs serialisable loader options.
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
});

export default withMDX(nextConfig);
