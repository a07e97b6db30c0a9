// Our own browser scripts, one per page that needs one, bundled by esbuild in
// the post-build step: the preparation planner (/preparation, both languages)
// and the staff link tool (/staff), listed in components/page-scripts/.
// Each is its browser file and the pure logic it imports from lib/, minified
// into one ES module of a few KB.
// Written straight into the export as /_planner/<name>.<content hash>.js (the
// folder keeps its first script's name: the server and the deploy files cache
// it for a year, static-export/headers/security-headers.mjs), so a new build can never be
// served stale code. Why here and not in public/ before the build: the hash
// exists only after bundling, and the post-build step already rewrites every
// page, so it adds the tag where the page asks for it by name
// (data-needs-js="staff", static-export/postbuild/static-html.mjs) and nothing generated
// lands in the source tree.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_SCRIPTS } from '../../components/page-scripts/page-scripts.mjs';

export const PLANNER_PREFIX = '/_planner/';

// Each script: the module it starts and the function that wakes each element
// marked with `selector`; the same list runs them under `npm run dev`.
export { PAGE_SCRIPTS };

/** A script's text: starts each of its elements once the document is parsed (module scripts run then). */
export async function bundlePageScript(name) {
  const { entry, start, selector } = PAGE_SCRIPTS[name];
  const result = await build({
    stdin: {
      contents: `import { ${start} } from ${JSON.stringify(path.resolve(entry))};\nfor (const root of document.querySelectorAll(${JSON.stringify(selector)})) ${start}(root);\n`,
      resolveDir: process.cwd(),
      sourcefile: `${name}-start.ts`,
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

/** Writes every script into outDir under a content-hashed name; returns each one's URL path by name. */
export async function writePageScripts(outDir) {
  const dir = path.join(outDir, PLANNER_PREFIX);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const urls = {};
  for (const name of Object.keys(PAGE_SCRIPTS)) {
    const text = await bundlePageScript(name);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    urls[name] = `${PLANNER_PREFIX}${name}.${hash}.js`;
    fs.writeFileSync(path.join(outDir, urls[name]), text);
  }
  return urls;
}
