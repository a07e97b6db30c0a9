// Writes <OUT_DIR>-deploy/review-pack.html (static-export/postbuild/review-pack-html.mjs,
// docs/review-pack.md) from the built pages, after the post-build step has
// made them what is served. Reading order: the home page, then the topics in
// navigation order; each English page is followed by its translation, so the
// clinician checks a translation against its source while the English is in
// mind, and a clinic value that differs between them shows up side by side.
import fs from 'node:fs';
import path from 'node:path';
import { clinicValues, pageContent, reviewPackHtml } from './review-pack-html.mjs';
import { loadSiteModules } from '../load-ts.mjs';
import { deployDirFor } from '../site-files.mjs';

/** The built file of a site path: "/" → index.html, "/es" → es.html, "/es/aftercare" → es/aftercare.html. */
const builtFile = (outDir, sitePath) => path.join(outDir, sitePath === '/' ? 'index.html' : `${sitePath.slice(1)}.html`);

/** Sources as the content loader parsed them; none before pages had a sources key. */
const sourcesOf = (page) => (Array.isArray(page?.sources) ? page.sources.filter((source) => source && typeof source === 'object') : []);

export async function writeReviewPack(outDir) {
  const { clinic, clinicAsWritten, languageNameIn, getPages, localePath, clinicalWordingFile, clinicalWordingFor } = await loadSiteModules();
  const languages = ['en', ...clinic.languages.filter((lang) => lang !== 'en')];
  const languageName = (lang) => languageNameIn('en', lang) ?? lang;
  const topics = getPages('en');
  const pageOf = (lang, slug) => getPages(lang).find((page) => page.slug === slug);

  const entries = [];
  for (const slug of [undefined, ...topics.map((page) => page.slug)]) {
    for (const lang of languages) {
      const sitePath = localePath(lang, slug ? `/${slug}` : '/');
      const file = builtFile(outDir, sitePath);
      const { title, html } = pageContent(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
      const page = slug ? pageOf(lang, slug) : undefined;
      entries.push({
        id: `${lang}-${slug ?? 'home'}`,
        lang,
        language: languageName(lang),
        path: sitePath,
        title,
        html,
        lastReviewed: page?.lastReviewed,
        reviewer: page?.reviewer,
        sources: sourcesOf(page),
      });
    }
  }

  const html = reviewPackHtml({
    clinicName: clinic.name,
    siteUrl: clinic.siteUrl,
    values: clinicValues(clinic, clinicAsWritten, { cwd: process.cwd() }),
    signOff: clinic.clinicalSignOff,
    builtOn: new Date().toISOString().slice(0, 10),
    pages: entries,
    clinicalWording: languages.map((lang) => ({ lang, language: languageName(lang), file: clinicalWordingFile(lang), ...clinicalWordingFor(lang) })),
    notes: [
      'Not in this pack: the staff page (/staff). Its patient letter and email are put together in the browser from the same clinic values; check them by making one link there and printing the letter.',
      'Drawings are described in words (their title, description and labels) rather than drawn.',
    ],
  });
  const deployDir = deployDirFor(outDir);
  fs.mkdirSync(deployDir, { recursive: true });
  const packPath = path.join(deployDir, 'review-pack.html');
  fs.writeFileSync(packPath, html);
  return { packPath, pages: entries.length, signed: Boolean(clinic.clinicalSignOff) };
}
