// The header files for real hosts, written by the post-build step from
// static-export/headers/security-headers.mjs so every host sends what `npm start` sends:
// <OUT_DIR>/_headers for Netlify and Cloudflare Pages (checked against
// Cloudflare's limits; a problem fails the build), and <OUT_DIR>-deploy/nginx/
// for nginx: deploy/nginx/site.conf and the includes it needs.
import fs from 'node:fs';
import path from 'node:path';
import { formatHeadersFile, headersFileProblems, siteHeaderRules } from '../headers/headers-file.mjs';
import { nginxHsts, nginxMaps, nginxSecurityHeaders } from '../headers/nginx-config.mjs';
import { baseHeaders, CACHE_CONTROL_DEFAULT, CACHE_CONTROL_RULES, cacheControl, strictTransportSecurity } from '../headers/security-headers.mjs';
import { PLANNER_PREFIX } from './page-scripts.mjs';
import { deployDirFor, fallbackPolicyFor, urlForHtmlFile } from '../site-files.mjs';

export const SITE_CONF = path.resolve('deploy/nginx/site.conf');

/** Writes both; returns what it wrote. `policies`: "/file.html" → CSP; `hsts`: the clinic config's hsts key. */
export function writeDeployFiles(outDir, policies, hsts) {
  const pages = [...policies].map(([file, csp]) => ({ url: urlForHtmlFile(file.slice(1)), file, csp }));
  const sts = strictTransportSecurity(hsts);
  // Every answer that is not a page: what npm start sends too (scripts/serve/server.mjs).
  const defaultCsp = fallbackPolicyFor(outDir);

  const headersFile = formatHeadersFile(
    siteHeaderRules({
      common: { ...baseHeaders, 'Strict-Transport-Security': sts },
      defaultCsp,
      defaultCacheControl: CACHE_CONTROL_DEFAULT,
      immutable: ['/_next/static/', PLANNER_PREFIX, '/brand/'].map((prefix) => [prefix, cacheControl(`${prefix}x.js`)]),
      pages,
    }),
  );
  const problems = headersFileProblems(headersFile);
  if (problems.length) throw new Error(`The generated _headers would not work on Cloudflare Pages:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const headersPath = path.join(outDir, '_headers');
  fs.writeFileSync(headersPath, headersFile);

  const nginxDir = path.join(deployDirFor(outDir), 'nginx');
  fs.rmSync(nginxDir, { recursive: true, force: true });
  fs.mkdirSync(nginxDir, { recursive: true });
  fs.copyFileSync(SITE_CONF, path.join(nginxDir, 'site.conf'));
  fs.writeFileSync(path.join(nginxDir, 'maps.conf'), nginxMaps({ pages, defaultCsp, cacheRules: CACHE_CONTROL_RULES, cacheDefault: CACHE_CONTROL_DEFAULT }));
  fs.writeFileSync(path.join(nginxDir, 'security-headers.conf'), nginxSecurityHeaders(baseHeaders));
  fs.writeFileSync(path.join(nginxDir, 'hsts.conf'), nginxHsts(sts));
  return { headersPath, nginxDir };
}
