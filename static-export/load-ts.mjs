// TypeScript for plain-Node build code (next.config.mjs, the post-build steps).
// The parsed clinic config for build scripts: lib/clinic/config.ts itself,
// bundled by esbuild and run by Node, so the post-build step reads the same
// values (and defaults) as the pages, from the same CLINIC_CONFIG. The same
// way, loadSiteModules gives the review pack the content loader
// (lib/content/pages.ts), so it reads frontmatter as the pages do.
import { build } from 'esbuild';
import path from 'node:path';

/** Bundles TypeScript `source` (resolved from the project root, with its @/ paths) and imports it. */
export async function importTs(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), sourcefile: 'build-modules.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.resolve('tsconfig.json'),
    // The YAML parser (CommonJS) requires Node's built-ins at run time: give the bundle a real require.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/package.json');" },
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

/** The parsed clinic, from the same bundle as the review pack's modules (one esbuild run per post-build step, not two). */
export async function loadClinic() {
  return (await loadSiteModules()).clinic;
}

let siteModules;

/** What the review pack and the offline copy read: the clinic (as parsed and as written), the pages of each language, the clinical wording, the dictionaries and language names, the offline copy's names. Bundled once per process. */
export function loadSiteModules() {
  siteModules ??= importTs(
    [
      `export { clinic, clinicAsWritten, languageNameIn } from './lib/clinic/config.ts';`,
      `export { getPages } from './lib/content/pages.ts';`,
      `export { clinicalWordingFile, clinicalWordingFor } from './lib/content/clinical-wording.ts';`,
      `export { dictionaryFor, LANGUAGE_INFO, localePath } from './lib/i18n/index.ts';`,
      `export { siteLanguages } from './lib/clinic/site-languages.ts';`,
      `export { formatsFor } from './lib/format/index.ts';`,
      `export { BANNER_MARK, WORKER_PATH } from './lib/offline/saved-copy.ts';`,
    ].join('\n'),
  );
  return siteModules;
}
