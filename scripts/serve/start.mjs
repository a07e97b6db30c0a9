// `npm start`: build when the sources or the clinic config changed since the
// last build, then serve out/ on http://localhost:3000.
import { buildIfNeeded } from '../../static-export/postbuild/build-fingerprint.mjs';

buildIfNeeded();
await import('./serve.mjs');
