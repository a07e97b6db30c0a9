/**
 * Lists the guide's pages in content/*.mdx and validates their frontmatter.
 * The MDX body is compiled by @next/mdx; this module only reads the metadata.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-01')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

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
});

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

export const CONTENT_DIR = path.join(process.cwd(), 'content');

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

let cache: ContentPage[] | undefined;

export function getPages(): ContentPage[] {
  cache ??= loadPages();
  return cache;
}

export function getPage(slug: string): ContentPage | undefined {
  return getPages().find((page) => page.slug === slug);
}
