// The parsed clinic config for build scripts: lib/clinic/config.ts itself,
// bundled by esbuild and run by Node, so the post-build step reads the same
// values (and defaults) as the pages, from the same CLINIC_CONFIG.
import { build } from 'esbuild';
import path from 'node:path';

export async function loadClinic() {
  const result = await build({
    entryPoints: [path.resolve('lib/clinic/config.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.resolve('tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  const { clinic } = await import(`data:text/javascript;base64,${code}`);
  return clinic;
}
