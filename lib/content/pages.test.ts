import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n/languages.mjs';
import { getPages, loadPages, parseFrontmatter, SOURCES_EXEMPT, translationProblems } from './pages';

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

  const withSources = (yaml: string) => good.replace('order: 1', `order: 1\nsources:\n${yaml}`);
  const source = `  - title: Flushing Your Implanted Port With Saline
    publisher: Memorial Sloan Kettering Cancer Center
    url: https://www.mskcc.org/cancer-care/patient-education/flushing-your-implanted-port-saline
    read: 2026-12-02
`;

  it('reads the sources a page rests on', () => {
    expect(parseFrontmatter(withSources(source), 'x.mdx').sources).toEqual([
      {
        title: 'Flushing Your Implanted Port With Saline',
        publisher: 'Memorial Sloan Kettering Cancer Center',
        url: 'https://www.mskcc.org/cancer-care/patient-education/flushing-your-implanted-port-saline',
        read: '2026-12-02',
      },
    ]);
    expect(parseFrontmatter(good, 'x.mdx').sources).toBeUndefined();
  });

  it('rejects an empty list of sources', () => {
    expect(errorFor(good.replace('order: 1', 'order: 1\nsources: []'))).toContain('sources must list at least one source');
  });

  it('rejects sources that are not a list', () => {
    expect(errorFor(good.replace('order: 1', 'order: 1\nsources: https://www.mskcc.org/'))).toContain(
      'sources must be a list of sources (each with title, publisher, url and read)',
    );
  });

  it('rejects a source without a publisher, or with an unknown field', () => {
    expect(errorFor(withSources(source.replace(/^ +publisher:.*\n/m, '')))).toContain('sources.0.publisher is required but missing');
    expect(errorFor(withSources(source.replace(/^ +url:.*\n/m, '')))).toContain('sources.0.url is required but missing');
    expect(errorFor(withSources(`${source}    note: seen\n`))).toContain('sources.0 has unknown field(s) note');
  });

  it('rejects an address that is not https', () => {
    for (const url of ['http://www.fda.gov/medical-devices', 'www.mskcc.org/cancer-care', 'javascript:alert(1)', 'https://localhost/page']) {
      expect(errorFor(withSources(source.replace(/url: .*/, `url: ${url}`)))).toContain('sources.0.url must be a full https:// address');
    }
  });

  it('rejects a read date that is not a date, or is in the future', () => {
    expect(errorFor(withSources(source.replace('read: 2026-12-02', 'read: December 2026')))).toContain(
      'sources.0.read must be a date like 2026-11-01',
    );
    expect(errorFor(withSources(source.replace('read: 2026-12-02', 'read: 2026-13-01')))).toContain('sources.0.read is not a real calendar date');
    expect(errorFor(withSources(source.replace('read: 2026-12-02', 'read: 2999-01-01')))).toContain(
      'sources.0.read must not be in the future (the day the source was read)',
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
    expect(getPages('en').length).toBeGreaterThan(0);
    expect(getPages('en').map((p) => p.slug)).toContain('what-is-a-port');
  });

  it('gives the procedure pages and the questions page their structured data in frontmatter', () => {
    const kinds = Object.fromEntries(getPages('en').flatMap((p) => (p.structuredData ? [[p.slug, p.structuredData]] : [])));
    expect(kinds).toEqual({ insertion: 'procedure-placement', removal: 'procedure-removal', faq: 'faq' });
  });
});

describe('sources', () => {
  it('every topic page in every language lists at least one source; only privacy, which makes no clinical claim, has none', () => {
    expect(SOURCES_EXEMPT).toEqual(['privacy']);
    for (const lang of SUPPORTED_LANGUAGES) {
      const pages = getPages(lang);
      expect(pages.length).toBeGreaterThanOrEqual(12);
      for (const page of pages) {
        if (page.slug === 'privacy') expect(page.sources, `${lang} ${page.slug}`).toBeUndefined();
        else expect(page.sources?.length, `${lang}/${page.slug} has sources`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('a translation must list the same sources as its English page, in the same order', () => {
    const english = parseFrontmatter(
      good.replace(
        'order: 1',
        'order: 1\nsources:\n  - title: Implantable ports\n    publisher: Macmillan Cancer Support\n    url: https://www.macmillan.org.uk/ports\n    read: 2026-12-02',
      ),
      'x.mdx',
    );
    const page = { slug: 'what-is-a-port', ...english };
    expect(translationProblems([page], [page], 'content/es')).toEqual([]);
    expect(translationProblems([page], [{ ...page, sources: undefined }], 'content/es')).toEqual([
      'content/es/what-is-a-port.mdx sources must list the same addresses as English, in the same order',
    ]);
  });
});
