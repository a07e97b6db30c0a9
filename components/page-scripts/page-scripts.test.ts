// The one list of page scripts serves the build (`entry`, bundled by esbuild)
// and `npm run dev` (`load`, through Next's bundler): both must name the same
// module, and that module must export the function that starts it.
import path from 'node:path';
import { PAGE_SCRIPTS } from './page-scripts.mjs';

describe.each(Object.entries(PAGE_SCRIPTS))('page script "%s"', (name, script) => {
  it('loads in development the same module the build bundles', async () => {
    expect(await script.load()).toBe(await import(path.resolve(script.entry)));
  });

  it('exports the function that starts it', async () => {
    expect(typeof (await script.load())[script.start]).toBe('function');
  });
});
