// The import rules that keep data flowing one way, checked on the
// source: lib/ never imports components/ or app/; lib/i18n (words and the
// languages we have words for) never reads lib/clinic, which reads it; and a
// component folder reaches another only through its entry (index, or the
// browser half: appointment-times/browser for its tools' scripts, and a page
// script's <name>-browser, which components/page-scripts lists).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Every module a file imports, as a path from the project root ("lib/clinic/config"); packages left out. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [specifier.slice(2)];
    if (specifier.startsWith('.')) return [path.join(path.dirname(file), specifier)];
    return [];
  });
}

const offending = (files: string[], wrong: (file: string, target: string) => boolean) =>
  files.flatMap((file) => importsOf(file).filter((target) => wrong(file, target)).map((target) => `${file} imports ${target}`));

it('lib/ never imports components/ or app/', () => {
  expect(offending(sourceFiles('lib'), (_, target) => /^(components|app)\//.test(target))).toEqual([]);
});

it('lib/i18n never imports lib/clinic (the clinic reads the dictionaries, not the other way)', () => {
  expect(offending(sourceFiles('lib/i18n'), (_, target) => target.startsWith('lib/clinic'))).toEqual([]);
});

it('a component folder uses another only through its entry', () => {
  const folderOf = (file: string) => file.split('/')[1];
  const wrong = (file: string, target: string) => {
    const [top, folder, ...rest] = target.split('/');
    if (top !== 'components' || folder === folderOf(file) || rest.length === 0) return false;
    // A folder's entries: its index, and its browser half (appointment-times/browser, and each
    // page script's <name>-browser, which the page-scripts registry names for the build and dev).
    const entry = rest.join('/');
    return !(entry === 'browser' || /^[a-z-]+-browser$/.test(entry));
  };
  expect(offending(sourceFiles('components'), wrong)).toEqual([]);
});
