// After `next build`: bundle our own browser scripts (the preparation planner, the staff tool),
// take Next's scripts out of every page and add ours where a page asks for it,
// write the same security headers for real hosts (_headers for
// Netlify/Cloudflare Pages, nginx files beside the export), write the clinician's
// review pack beside the export, precompress text assets, and stamp the build so
// `npm start` knows when to rebuild.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { staticPage } from './static-html.mjs';
import { buildFingerprint } from './build-fingerprint.mjs';
import { loadClinic } from '../load-ts.mjs';
import { writeDeployFiles } from './deploy-files.mjs';
import { writePageScripts } from './page-scripts.mjs';
import { writeReviewPack } from './review-pack.mjs';
import { unsignedPackWarning } from './review-pack-html.mjs';
import { listFiles, OUT_DIR, pagePolicies } from '../site-files.mjs';

// First, so the CSP hashes below describe the pages as they are served.
const ourScripts = await writePageScripts(OUT_DIR);
const withScripts = [];
for (const file of listFiles(OUT_DIR).filter((f) => f.endsWith('.html'))) {
  const full = path.join(OUT_DIR, file);
  const { html, script } = staticPage(fs.readFileSync(full, 'utf8'), ourScripts, path.relative(process.cwd(), full));
  if (script) withScripts.push(`${file} (${script})`);
  fs.writeFileSync(full, html);
}

const policies = pagePolicies();

// _headers for Netlify and Cloudflare Pages, <OUT_DIR>-deploy/nginx/ for nginx.
const { headersPath, nginxDir } = writeDeployFiles(OUT_DIR, policies, (await loadClinic()).hsts);

// <OUT_DIR>-deploy/review-pack.html, from the pages as served (so after the script step above).
// Printed here, once per build; an unsigned pack never fails the build (the overdue-review warning in app/sitemap.ts does the same).
const pack = await writeReviewPack(OUT_DIR);
if (!pack.signed) console.warn(unsignedPackWarning(path.relative(process.cwd(), pack.packPath)));

// Precompressed copies let the server send brotli/gzip without compressing per request.
let compressed = 0;
for (const file of listFiles(OUT_DIR)) {
  if (!/\.(html|js|css|txt|svg|xml|json|webmanifest|ics)$/.test(file)) continue;
  const full = path.join(OUT_DIR, file);
  const data = fs.readFileSync(full);
  if (data.length < 1024) continue;
  fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
  compressed += 1;
}

fs.writeFileSync(path.join(OUT_DIR, '.build-info.json'), JSON.stringify({ fingerprint: buildFingerprint() }, null, 2));
console.log(`postbuild: a script only on ${withScripts.join(', ') || 'no page'}; ${policies.size} page policies, ${compressed} files precompressed, headers in ${path.relative(process.cwd(), headersPath)} and ${path.relative(process.cwd(), nginxDir)}/, review pack of ${pack.pages} pages in ${path.relative(process.cwd(), pack.packPath)}`);
