import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPages, loadPages, parseFrontmatter } from './pages';

const good = `---
title: What is a port?
navTitle: What is a port
description: A port is a small device under your skin that lets your care team give medicine easily.
order: 1
lastReviewed: 2026-11-01
reviewer: Dr. A. Example
---

Body text.
`;

function errorFor(source: string): string {
  try {
    parseFrontmatter(source, 'content/example.mdx');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the frontmatter to be rejected');
}

describe('parseFrontmatter', () => {
  it('reads valid frontmatter', () => {
    expect(parseFrontmatter(good, 'x.mdx')).toMatchObject({ title: 'What is a port?', order: 1, lastReviewed: '2026-11-01' });
  });

  it('names the file and a missing field', () => {
    const message = errorFor(good.replace(/^reviewer:.*\n/m, ''));
    expect(message).toContain('Invalid frontmatter in content/example.mdx');
    expect(message).toContain('reviewer is required but missing');
  });

  it('rejects an impossible date', () => {
    expect(errorFor(good.replace('2026-11-01', '2026-02-30'))).toContain('lastReviewed is not a real calendar date');
  });

  it('rejects a date in another format', () => {
    expect(errorFor(good.replace('2026-11-01', '11/01/2026'))).toContain('lastReviewed must be a date like 2026-11-01');
  });

  it('rejects a description too long for search results', () => {
    expect(errorFor(good.replace(/^description:.*$/m, `description: ${'word '.repeat(40)}`))).toContain(
      'description must be 160 characters or fewer',
    );
  });

  it('rejects unknown fields', () => {
    expect(errorFor(good.replace('order: 1', 'order: 1\nauthor: someone'))).toContain('unknown field(s) author');
  });

  it('reads the structured data a page asks for, and refuses a kind it does not know', () => {
    expect(parseFrontmatter(good.replace('order: 1', 'order: 1\nstructuredData: faq'), 'x.mdx').structuredData).toBe('faq');
    expect(parseFrontmatter(good, 'x.mdx').structuredData).toBeUndefined();
    expect(errorFor(good.replace('order: 1', 'order: 1\nstructuredData: recipe'))).toContain(
      'structuredData must be one of "procedure-placement", "procedure-removal", "faq"',
    );
  });

  it('rejects a file without frontmatter', () => {
    expect(errorFor('# Just a heading')).toContain('has no frontmatter block');
  });

  it('rejects broken YAML', () => {
    expect(errorFor(good.replace('order: 1', 'order: [1'))).toContain('is not valid YAML');
  });
});

describe('loadPages', () => {
  it('lists pages in navigation order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.writeFileSync(path.join(dir, 'b-page.mdx'), good.replace('order: 1', 'order: 2'));
    fs.writeFileSync(path.join(dir, 'a-page.mdx'), good.replace('order: 1', 'order: 3'));
    fs.writeFileSync(path.join(dir, 'c-page.mdx'), good);
    expect(loadPages(dir).map((p) => p.slug)).toEqual(['c-page', 'b-page', 'a-page']);
  });

  it('rejects a file name that cannot be a stable URL', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.writeFileSync(path.join(dir, 'Bad Name.mdx'), good);
    expect(() => loadPages(dir)).toThrow(/file name must be lowercase words/);
  });

  it('accepts every page in content/', () => {
    expect(getPages().length).toBeGreaterThan(0);
    expect(getPages().map((p) => p.slug)).toContain('what-is-a-port');
  });

  it('gives the procedure pages and the questions page their structured data in frontmatter', () => {
    const kinds = Object.fromEntries(getPages().flatMap((p) => (p.structuredData ? [[p.slug, p.structuredData]] : [])));
    expect(kinds).toEqual({ insertion: 'procedure-placement', removal: 'procedure-removal', faq: 'faq' });
  });
});
