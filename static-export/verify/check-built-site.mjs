// Checks a built site: `node static-export/verify/check-built-site.mjs [out-dir]` (default out/).
// Every HTML file must be valid (html-validate, rules in .htmlvalidate.mjs);
// then static-export/verify/site-audit.mjs crawls from sitemap.xml for broken links and
// anchors, unlisted pages, duplicate titles or descriptions and missing text
// alternatives; and the build's review pack (<out-dir>-deploy/review-pack.html)
// must be there and valid too. Run by `npm test` after each build.
import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { listFiles } from '../site-files.mjs';
import { checkSite, pagePathForFile } from './site-audit.mjs';

const outDir = process.argv[2] ? path.resolve(process.argv[2]) : exportFolder();

// Next writes the 404 page twice (404.html and _not-found.html), and each translation has its own
// (es/404.html); none belongs in the sitemap.
const translated404s = fs
  .readdirSync(outDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(outDir, entry.name, '404.html')))
  .map((entry) => `/${entry.name}/404`);
const NOT_PAGES = ['/404', '/_not-found', ...translated404s];
const all = listFiles(outDir).filter((file) => !/\.(br|gz)$/.test(file) && !path.basename(file).startsWith('.'));
const htmlFiles = all.filter((file) => file.endsWith('.html'));
const pages = new Map(htmlFiles.map((file) => [pagePathForFile(file), fs.readFileSync(path.join(outDir, file), 'utf8')]));
const files = new Set(all.filter((file) => !file.endsWith('.html')).map((file) => `/${file}`));

const problems = [];
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const file of htmlFiles) {
  const report = await validator.validateFile(path.join(outDir, file));
  for (const result of report.results) {
    for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
  }
}

// The clinician's review pack, beside the export (static-export/postbuild/review-pack.mjs): every build writes one, valid like the pages.
const packFile = `${outDir}-deploy/review-pack.html`;
if (!fs.existsSync(packFile)) problems.push(`${path.relative(process.cwd(), packFile)} is missing (every build writes the review pack)`);
else {
  const report = await validator.validateFile(packFile);
  for (const result of report.results) {
    for (const message of result.messages) problems.push(`${path.relative(process.cwd(), packFile)}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
  }
}

const sitemapFile = path.join(outDir, 'sitemap.xml');
if (!fs.existsSync(sitemapFile)) problems.push('sitemap.xml is missing');
const result = checkSite({ pages, files, sitemap: fs.existsSync(sitemapFile) ? fs.readFileSync(sitemapFile, 'utf8') : '', unlisted: NOT_PAGES });
problems.push(...result.problems);

const { summary } = result;
const where = path.relative(process.cwd(), outDir) || '.';
console.log(
  `check-built-site ${where}: ${htmlFiles.length} HTML files validated; ${summary.crawled} of ${summary.pages} pages reached from sitemap.xml; ` +
    `${summary.links} internal links and ${summary.anchors} anchors checked; ${summary.images} images and drawings checked.`,
);
if (problems.length > 0) {
  console.error(`check-built-site ${where}: ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-built-site ${where}: no problems found.`);
