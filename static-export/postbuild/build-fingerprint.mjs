// What a build depends on: source files and the chosen clinic config. `npm start`
// rebuilds when this changes, so it never serves a stale site or the wrong clinic.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { clinicConfigFile, contentDir, outDir } from '../../lib/env.mjs';

// contentDir(): the pages' folder, content/ or CONTENT_DIR.
const sources = () => ['app', 'components', path.relative(process.cwd(), contentDir()), 'lib', 'public', 'static-export', 'mdx-components.tsx', 'next.config.mjs', 'globals.css', 'postcss.config.mjs', 'tailwind.config.ts', 'package-lock.json', 'scripts'];

// Written by each build from the clinic config (static-export/prebuild/brand-assets.mjs), which is hashed below.
const GENERATED = new Set([path.join('app', 'brand.generated.css'), path.join('public', 'brand')]);

function walk(entry) {
  if (!fs.existsSync(entry) || GENERATED.has(entry)) return [];
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return [entry];
  return fs.readdirSync(entry).sort().flatMap((name) => walk(path.join(entry, name)));
}

export function buildFingerprint() {
  const hash = createHash('sha256');
  for (const file of sources().flatMap(walk)) hash.update(file).update(fs.readFileSync(file));
  const config = clinicConfigFile();
  hash.update(config ?? '(default)');
  if (config && fs.existsSync(config)) {
    const text = fs.readFileSync(config);
    hash.update(text);
    // The logo is a file of its own: a new logo under the same name is a change too.
    const logo = logoFile(text, config);
    if (logo && fs.existsSync(logo)) hash.update(fs.readFileSync(logo));
  }
  return hash.digest('hex');
}

/** The config's brand.logo, resolved next to the config file as the build does; null if none (or the JSON is broken: the build says so). */
function logoFile(text, config) {
  try {
    const logo = JSON.parse(text)?.brand?.logo;
    return typeof logo === 'string' ? path.resolve(path.dirname(config), logo) : null;
  } catch {
    return null;
  }
}

/** Runs `npm run build` when out/ (or OUT_DIR) is missing or older than the sources; exits on a failed build. */
export function buildIfNeeded(folder = outDir()) {
  let last = null;
  try {
    last = JSON.parse(fs.readFileSync(path.join(folder, '.build-info.json'), 'utf8')).fingerprint;
  } catch {
    // No build yet.
  }
  if (last === buildFingerprint()) {
    console.log('The built site is up to date.');
    return;
  }
  console.log('Building the site (sources or clinic config changed since the last build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
