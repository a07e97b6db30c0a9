// @vitest-environment node
// The README and the guides in docs/ name files and link to each other. Files
// move (static-export/, scripts/<purpose>/), so a link or a named path that
// points nowhere fails here, naming the document, the line and the target.
// The whole clinic configs they show must pass the real schema.
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parseClinicConfig } from '@/lib/clinic/config';

const ROOT = process.cwd();

/** The documents checked: the front door, every guide, the translators' conventions. */
const DOCUMENTS = [
  'README.md',
  ...fs.readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  'content/TRANSLATING.md',
];

/** A word that starts with one of these is read as a path from the repository's root. */
const REPO_FOLDERS = ['app/', 'components/', 'content/', 'deploy/', 'docs/', 'lib/', 'scripts/', 'static-export/', 'tests/'];

/** Files the build writes (git-ignored), so a guide may name them though a checkout lacks them. */
const BUILT_FILES = ['app/brand.generated.css'];

type Line = { number: number; text: string };

/** The document's lines outside fenced code blocks (examples there are not links or claims about the tree). */
export function proseLines(markdown: string): Line[] {
  const lines: Line[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s*(```|~~~)/.exec(text)?.[1];
    if (marker && (!fence || fence === marker)) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) lines.push({ number: index + 1, text });
  });
  return lines;
}

/** Ids GitHub gives the document's headings (github-slugger, in order, so repeats get -1, -2). */
export function headingIds(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const { text } of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text)?.[1];
    if (heading !== undefined) ids.add(slugger.slug(heading.replace(/`/g, '')));
  }
  return ids;
}

/** Link targets in `[text](target)` and `![alt](target)`, outside inline code. */
export function linkTargets(line: string): string[] {
  const withoutCode = line.replace(/`[^`]*`/g, '');
  return [...withoutCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] ?? '');
}

/**
 * Text that names a file or folder of this repository, backticked or not: a word that starts with one
 * of REPO_FOLDERS, or a top-level config file (`next.config.mjs`). Words with a placeholder or
 * wildcard (`content/<slug>.mdx`, `/_planner/*`) and link targets (checked as links) are left out.
 */
export function repoPathMentions(line: string): string[] {
  const prose = line.replace(/\]\([^)]*\)/g, ' ').replace(/[[\]]/g, ' ');
  const words = [...prose.matchAll(/(?<![\w./@-])[^\s`'"]+/g)].map((match) => match[0].replace(/^\(+/, ''));
  return words
    .filter((word) => REPO_FOLDERS.some((folder) => word.startsWith(folder)) || /^[\w-]+\.config\.[cm]?[jt]s\b/.test(word))
    .filter((word) => !/[<>*…{}|$]/.test(word));
}

/** The word as a path, or without what may follow a path in a sentence: a full stop, a closing bracket, a `:line`. */
function existingPath(word: string, exists: (repoPath: string) => boolean): boolean {
  const candidates = [word, word.replace(/[.,:;)]+$/, ''), word.replace(/:\d+\S*$/, '')].map((candidate) => candidate.replace(/\/$/, ''));
  return candidates.some((candidate) => BUILT_FILES.includes(candidate) || exists(candidate));
}

/** What is wrong with one document: each problem as "file:line: message". */
export function problemsIn(file: string, markdown: string, exists: (repoPath: string) => boolean, readFile: (repoPath: string) => string): string[] {
  const problems: string[] = [];
  const dir = path.posix.dirname(file);
  for (const { number, text } of proseLines(markdown)) {
    for (const target of linkTargets(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [rawPath, anchor] = target.split('#', 2);
      const repoPath = rawPath ? path.posix.normalize(path.posix.join(dir, decodeURIComponent(rawPath))) : file;
      if (repoPath.startsWith('..')) {
        problems.push(`${file}:${number}: link "${target}" leaves the repository`);
        continue;
      }
      if (!exists(repoPath)) {
        problems.push(`${file}:${number}: link "${target}" points at ${repoPath}, which does not exist`);
        continue;
      }
      if (anchor && repoPath.endsWith('.md') && !headingIds(readFile(repoPath)).has(anchor)) {
        problems.push(`${file}:${number}: link "${target}": ${repoPath} has no heading with the id "${anchor}"`);
      }
    }
    for (const word of repoPathMentions(text)) {
      if (!existingPath(word, exists)) problems.push(`${file}:${number}: ${word.replace(/[.,:;)]+$/, '')} does not exist`);
    }
  }
  return problems;
}

const inRepo = (repoPath: string) => fs.existsSync(path.join(ROOT, repoPath));
const readInRepo = (repoPath: string) => fs.readFileSync(path.join(ROOT, repoPath), 'utf8');

describe('links and paths in the README and docs/', () => {
  it.each(DOCUMENTS)('%s links only to files and headings that exist', (file) => {
    expect(problemsIn(file, readInRepo(file), inRepo, readInRepo)).toEqual([]);
  });

  it('catches a missing file, a missing heading, a moved path (backticked or not), and ignores examples in code blocks', () => {
    const doc = [
      '# Guide',
      '## Where it goes',
      '[ok](other.md#the-part) [gone](missing.md) [no heading](other.md#nowhere) [self](#where-it-goes) [web](https://example.org)',
      'Run `scripts/old.mjs` or `scripts/serve/start.mjs` (or scripts/serve/). Pages are `content/<slug>.mdx`; see lib/gone.ts, next.config.ts (and (lib/also-gone.ts).',
      '```',
      '[in a fence](missing.md) `scripts/old.mjs`',
      '```',
    ].join('\n');
    const files: Record<string, string> = { 'docs/guide.md': doc, 'docs/other.md': '# Other\n## The part\n', 'scripts/serve/start.mjs': '' };
    const exists = (p: string) => Object.keys(files).some((f) => f === p || f.startsWith(`${p}/`));
    expect(problemsIn('docs/guide.md', doc, exists, (p) => files[p] ?? '')).toEqual([
      'docs/guide.md:3: link "missing.md" points at docs/missing.md, which does not exist',
      'docs/guide.md:3: link "other.md#nowhere": docs/other.md has no heading with the id "nowhere"',
      'docs/guide.md:4: scripts/old.mjs does not exist',
      'docs/guide.md:4: lib/gone.ts does not exist',
      'docs/guide.md:4: next.config.ts does not exist',
      'docs/guide.md:4: lib/also-gone.ts does not exist',
    ]);
  });
});

/** The ```json blocks of a document that are whole clinic configs (they have a "name"), not fragments of one. */
function clinicConfigExamples(markdown: string): string[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '').filter((block) => block.trimStart().startsWith('{\n  "name"'));
}

describe('clinic config examples', () => {
  it.each(['README.md', 'docs/configure-a-clinic.md'])('every whole config in %s passes the real schema', (file) => {
    const examples = clinicConfigExamples(readInRepo(file));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(() => parseClinicConfig(JSON.parse(example), file)).not.toThrow();
  });
});
