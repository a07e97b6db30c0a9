/**
 * The headings of an MDX page, with the same ids rehype-slug gives them in the
 * built page (both use github-slugger, in document order, so repeated headings
 * get "-1", "-2" in the same way). Used for the "On this page" list.
 *
 * A heading may end with its id in braces, `## Cuándo llamar {#when-to-call}`:
 * translated pages keep the English ids that way (static-export/prebuild/mdx-heading-ids-loader.cjs
 * and remark-heading-ids.mjs give the built heading that id).
 */
import GithubSlugger from 'github-slugger';
import fs from 'node:fs';
import { contentDirFor, type LanguageCode } from '@/lib/i18n';
import { CONTENT_DIR, contentFile, FRONTMATTER } from '@/lib/content/pages';

/** `## Words {#the-id}`: group 1 is the heading's words, group 2 its id. */
export const HEADING_ID_SUFFIX = /^(.*?)\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

export type PageHeading = { depth: number; text: string; id: string };

/** Markdown inline marks to plain text, as the rendered heading's text content reads. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\s+#+\s*$/, '') // closing hashes: "## Title ##"
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!?])/g, '$1')
    .trim();
}

/** Every markdown heading below the page title (##, ###, …) in order, with its id. */
export function pageHeadings(source: string): PageHeading[] {
  const slugger = new GithubSlugger();
  const headings: PageHeading[] = [];
  let fence: string | null = null;
  for (const line of source.replace(FRONTMATTER, '').split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence[0]!) && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const match = /^\s{0,3}(#{1,6})\s+(.+)$/.exec(line);
    if (!match) continue;
    const given = HEADING_ID_SUFFIX.exec(match[2]!);
    const text = headingText(given ? given[1]! : match[2]!);
    headings.push({ depth: match[1]!.length, text, id: given ? given[2]! : slugger.slug(text) });
  }
  return headings;
}

/** The headings of content/<slug>.mdx (or content/<lang>/<slug>.mdx). */
export function headingsOfPage(slug: string, lang: LanguageCode): PageHeading[] {
  return pageHeadings(fs.readFileSync(contentFile(slug, contentDirFor(lang, CONTENT_DIR)), 'utf8'));
}
