import fs from 'node:fs';
import path from 'node:path';
import createMDX from '@next/mdx';
import { clinicConfigFile, contentDir as contentFolder, DEFAULT_CLINIC_CONFIG, outDirOverride } from './lib/env.mjs';
import { languagesOfRawConfig, SOURCE_LANGUAGE } from './lib/i18n/languages.mjs';
import { writeBrandAssets } from './static-export/prebuild/brand-assets.mjs';

// The folder of MDX pages (lib/content/pages.ts reads the same CONTENT_DIR):
// app/[slug]/page.tsx imports `@content/<slug>.mdx`, so tests can build a
// site from a temporary copy without touching content/.
// Turbopack reads values as paths from the project folder, so the alias is relative.
const contentDir = path.relative(process.cwd(), contentFolder());
if (contentDir.startsWith('..') || path.isAbsolute(contentDir)) {
  // Turbopack compiles only files inside the project; outside it the pages would fail as "Module not found".
  throw new Error(`CONTENT_DIR ${contentFolder()} must be a folder inside the project (${process.cwd()})`);
}

// The clinic's colours and logo, written where the build reads them (see
// static-export/prebuild/brand-assets.mjs). This also reads the clinic config, so a bad
// config stops the build here, before anything is compiled, naming each field.
await writeBrandAssets();

// The clinic config as written. It is validated (and a wrong key refused, naming it) by
// lib/clinic/config.ts; here it only decides which route files exist.
function rawConfig() {
  const file = clinicConfigFile() ?? DEFAULT_CLINIC_CONFIG;
  try {
    return JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch {
    return {}; // the config's own check reports the unreadable file
  }
}

function configuredLanguages() {
  try {
    return languagesOfRawConfig(rawConfig());
  } catch {
    return [SOURCE_LANGUAGE];
  }
}

// The offline copy's page (/save-for-offline) is named page.offline.tsx (page.offline.<lang>.tsx in a
// translation): Next sees it only when the clinic offers the copy (offline.enabled, true unless set false).
const offlineCopy = rawConfig()?.offline?.enabled !== false;

// A translation's routes are named page.<lang>.tsx, layout.<lang>.tsx (app/(es)/es/): Next sees
// them only when the clinic builds that language, so an English-only site has no trace of it.
const translations = configuredLanguages().filter((lang) => lang !== SOURCE_LANGUAGE);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export is what clinics deploy to any static host or CDN.
  output: 'export',
  // /aftercare is written as aftercare.html; the server, _headers and nginx example map clean URLs to it.
  trailingSlash: false,
  pageExtensions: [
    'ts',
    'tsx',
    'mdx',
    ...translations.map((lang) => `${lang}.tsx`),
    ...(offlineCopy ? ['offline.tsx', ...translations.map((lang) => `offline.${lang}.tsx`)] : []),
  ],
  images: { unoptimized: true },
  poweredByHeader: false,
  // OUT_DIR lets the test suite export a second clinic's site beside out/.
  ...(outDirOverride() ? { distDir: outDirOverride() } : {}),
  reactStrictMode: true,
  turbopack: {
    resolveAlias: { '@content/*': `./${contentDir}/*` },
  },
  // Each language has its own root layout (for <html lang>), so the 404 page is app/global-not-found.tsx.
  experimental: { globalNotFound: true },
};

const withMDX = createMDX({
  options: {
    // Plugins are named as strings: Turbopack needs serialisable loader options. A local
    // plugin is an absolute path (a relative one would resolve from each MDX file's folder).
    remarkPlugins: ['remark-frontmatter', 'remark-gfm', path.resolve('static-export/prebuild/remark-heading-ids.mjs')],
    rehypePlugins: ['rehype-slug'],
  },
});

const config = withMDX(nextConfig);

// Our MDX loader is @next/mdx's, after rewriting `## Words {#id}` headings into something MDX
// can parse (static-export/prebuild/mdx-heading-ids-loader.cjs). The webpack and Turbopack rules share this object.
const mdxRules = config.turbopack?.rules?.['{*,next-mdx-rule}'] ?? [];
for (const rule of [mdxRules].flat()) {
  for (const loader of rule.loaders ?? []) {
    if (typeof loader === 'object' && loader.loader.endsWith('mdx-js-loader.js')) {
      loader.loader = path.resolve('static-export/prebuild/mdx-heading-ids-loader.cjs');
    }
  }
}

export default config;
