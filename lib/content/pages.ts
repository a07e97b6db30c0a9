/**
 * Lists the guide's pages in content/*.mdx (English) and content/<lang>/*.mdx
 * (each translation) and validates their frontmatter. The MDX body is compiled
 * by @next/mdx; this module only reads the metadata.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { contentDir } from '@/lib/env.mjs';
import { contentDirFor, type LanguageCode } from '@/lib/i18n';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-01')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

/** Today as YYYY-MM-DD in UTC (a source cannot have been read later than today). */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A schema-level message replaces the parse-level "is required but missing", so it says that itself. */
const orMissing = (message: string) => (issue: { input: unknown }) => (issue.input === undefined ? 'is required but missing' : message);
const text = z.string({ error: orMissing('must be text') });

/**
 * One published source a page's claims rest on: what a reader or the clinic's
 * clinician opens to check them. Rendered as a plain link under "Sources" at
 * the end of the page (components/sources), so nothing is fetched until clicked.
 */
export const sourceSchema = z.strictObject({
  title: text.trim().min(3, 'must be at least 3 characters (the title of the page or document)'),
  publisher: text.trim().min(2, 'must name who published it (at least 2 characters)'),
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: orMissing('must be a full https:// address') }),
  /** The language it is written in, when not English: the title keeps it, and screen readers are told (WCAG 3.1.2). */
  language: z.enum(['en', 'es'], 'must be "en" or "es" (the language the source is written in)').optional(),
  /** The day someone read the source for this page. */
  read: isoDate.refine((value) => value <= todayIso(), 'must not be in the future (the day the source was read)'),
});

export type Source = z.infer<typeof sourceSchema>;

export const STRUCTURED_DATA_KINDS = ['procedure-placement', 'procedure-removal', 'faq'] as const;
export type StructuredDataKind = (typeof STRUCTURED_DATA_KINDS)[number];

export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(3, 'must be at least 3 characters').max(70, 'must be 70 characters or fewer'),
  /** Short label for navigation. */
  navTitle: z.string().trim().min(2).max(30),
  description: z
    .string()
    .trim()
    .min(50, 'must be at least 50 characters (search engines show it)')
    .max(160, 'must be 160 characters or fewer (search engines cut longer ones)'),
  /** Position in navigation and on the home page. */
  order: z.number().int().min(1),
  lastReviewed: isoDate,
  reviewer: z.string().trim().min(3, 'must name the person or team who reviewed the page'),
  /** Years until the next review is due (lib/content/review.ts); 3 unless a page needs sooner. */
  reviewIntervalYears: z.number().int('must be a whole number of years').min(1, 'must be 1 or more').max(5, 'must be 5 or less').optional(),
  /**
   * Extra structured data (JSON-LD) the page adds, chosen here rather than by
   * its file name: a MedicalProcedure for putting a port in or taking it out,
   * or an FAQPage built from the page's "## …?" questions.
   */
  /** Opens the page with the "Call now if you have:" card, above "On this page", and gives it the #when-to-call anchor. */
  callNow: z.boolean('must be true or false').optional(),
  /** A page with the planner: a staff link to it (?appointment=) opens on the patient's own times, above the title (components/preparation-planner/LinkedTimes.tsx). */
  linkedTimes: z.boolean('must be true or false').optional(),
  structuredData: z
    .enum(STRUCTURED_DATA_KINDS, { error: `must be one of ${STRUCTURED_DATA_KINDS.map((kind) => `"${kind}"`).join(', ')}` })
    .optional(),
  /**
   * What the page's claims rest on, listed under "Sources" at its end.
   * Optional here so a new draft can be parsed; pages.test.ts requires it on
   * every topic page (SOURCES_EXEMPT lists the pages with no clinical claims).
   */
  sources: z
    .array(sourceSchema, 'must be a list of sources (each with title, publisher, url and read)')
    .min(1, 'must list at least one source, or leave the field out')
    .optional(),
});

/** Pages with no clinical claims, so no sources: privacy says how the site handles data. */
export const SOURCES_EXEMPT: readonly string[] = ['privacy'];

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type ContentPage = Frontmatter & { slug: string };

export class FrontmatterError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Invalid frontmatter in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FrontmatterError';
  }
}

/** The frontmatter block at the top of an MDX file; group 1 is its YAML. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses one MDX file's text; `file` names it in error messages. */
export function parseFrontmatter(source: string, file: string): Frontmatter {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new FrontmatterError(file, ['has no frontmatter block (--- … ---) at the top']);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new FrontmatterError(file, [`is not valid YAML: ${(error as Error).message}`]);
  }
  const result = frontmatterSchema.safeParse(data ?? {}, {
    error: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
      if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
      return undefined;
    },
  });
  if (result.success) return result.data;
  throw new FrontmatterError(
    file,
    result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message)),
  );
}

/**
 * The folder of MDX pages: content/, or CONTENT_DIR (tests point it at a
 * temporary folder). next.config.mjs aliases @content/ to the same folder for
 * the routes' MDX imports, so the loader and the pages never disagree.
 */
export const CONTENT_DIR = contentDir();

/** The MDX file of a page. */
export function contentFile(slug: string, dir: string = CONTENT_DIR): string {
  return path.join(dir, `${slug}.mdx`);
}

/** Every page in a content folder, in navigation order. */
export function loadPages(dir: string = CONTENT_DIR): ContentPage[] {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  const pages = files.map((name) => {
    const slug = name.replace(/\.mdx$/, '');
    const file = path.relative(process.cwd(), path.join(dir, name));
    if (!SLUG.test(slug)) throw new FrontmatterError(file, ['file name must be lowercase words joined by hyphens']);
    return { slug, ...parseFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'), file) };
  });
  return pages.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/**
 * A translation has one file for each English page, with the same name, order,
 * review date and sources (it is the same page, reviewed once). Returns the problems.
 */
export function translationProblems(english: ContentPage[], translated: ContentPage[], dir: string): string[] {
  const where = path.relative(process.cwd(), dir) || dir;
  const problems: string[] = [];
  const bySlug = new Map(translated.map((page) => [page.slug, page]));
  for (const page of english) {
    const other = bySlug.get(page.slug);
    if (!other) problems.push(`${where}/${page.slug}.mdx is missing (every English page needs its translation)`);
    else {
      if (other.order !== page.order) problems.push(`${where}/${page.slug}.mdx order must be ${page.order}, as in English`);
      if (other.lastReviewed !== page.lastReviewed) problems.push(`${where}/${page.slug}.mdx lastReviewed must be ${page.lastReviewed}, as in English`);
      // The same sources, in the same order: a translation rests on what its English page rests on.
      const urls = (sources: Source[] = []) => sources.map((source) => source.url).join('\n');
      if (urls(other.sources) !== urls(page.sources)) problems.push(`${where}/${page.slug}.mdx sources must list the same addresses as English, in the same order`);
    }
  }
  const englishSlugs = new Set(english.map((page) => page.slug));
  for (const page of translated) if (!englishSlugs.has(page.slug)) problems.push(`${where}/${page.slug}.mdx has no English page content/${page.slug}.mdx`);
  return problems;
}

const cache = new Map<LanguageCode, ContentPage[]>();

/** Every page in a language, in navigation order. A translation must match the English pages. */
export function getPages(lang: LanguageCode): ContentPage[] {
  let pages = cache.get(lang);
  if (!pages) {
    pages = loadPages(contentDirFor(lang, CONTENT_DIR));
    if (lang !== 'en') {
      const problems = translationProblems(getPages('en'), pages, contentDirFor(lang, CONTENT_DIR));
      if (problems.length) throw new FrontmatterError(path.relative(process.cwd(), contentDirFor(lang, CONTENT_DIR)), problems);
    }
    cache.set(lang, pages);
  }
  return pages;
}

export function getPage(slug: string, lang: LanguageCode): ContentPage | undefined {
  return getPages(lang).find((page) => page.slug === slug);
}

