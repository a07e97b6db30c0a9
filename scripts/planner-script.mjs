// The preparation planner's browser script, bundled by esbuild in the
// post-build step: components/preparation-planner/planner-browser.ts and the
// pure logic it imports from lib/, minified into one ES module of a few KB.
// Written straight into the export as /_planner/planner.<content hash>.js, so
// the server can cache it for a year (lib/build/security-headers.mjs) and a new
// build can never be served stale code. Why here and not in public/ before the
// build: the hash exists only after bundling, and the post-build step already
// rewrites every page, so it adds the tag where the page asks for it
// (lib/build/static-html.mjs) and nothing generated lands in the source tree.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PLANNER_PREFIX = '/_planner/';
const ENTRY = path.resolve('components/preparation-planner/planner-browser.ts');

/** The bundled script's text: starts every planner on the page once the document is parsed (module scripts run then). */
export async function bundlePlannerScript() {
  const result = await build({
    stdin: {
      contents: `import { startPlanner } from ${JSON.stringify(ENTRY)};\nfor (const root of document.querySelectorAll('[data-planner]')) startPlanner(root);\n`,
      resolveDir: process.cwd(),
      sourcefile: 'planner-start.ts',
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    legalComments: 'none',
    tsconfig: path.resolve('tsconfig.json'),
    write: false,
  });
  return result.outputFiles[0].text;
}

/** Writes the script into outDir under a content-hashed name; returns the URL path pages load it from. */
export async function writePlannerScript(outDir) {
  const text = await bundlePlannerScript();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const urlPath = `${PLANNER_PREFIX}planner.${hash}.js`;
  const dir = path.join(outDir, PLANNER_PREFIX);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(outDir, urlPath), text);
  return urlPath;
}
