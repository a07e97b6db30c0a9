/**
 * The site's languages: each one's dictionary,
 * content folder and URL prefix. English is the source and lives at the root;
 * every other language lives under /<code>/ with its pages in content/<code>/.
 * Which languages a site has is the clinic config's "languages" key.
 */
import path from 'node:path';
import { contentDir } from '../env.mjs';
import { checkDictionary } from './check';
import { en, type Dictionary } from './en';
import { es } from './es';
import type { LanguageCode } from './languages.mjs';

export type { Dictionary } from './en';
export type { LanguageCode } from './languages.mjs';

type LanguageInfo = {
  dictionary: Dictionary;
};
// A page's locale (dates, times, Open Graph) is its language in the clinic's country: lib/format/locale.ts.

export const LANGUAGE_INFO: Record<LanguageCode, LanguageInfo> = {
  en: { dictionary: en },
  es: { dictionary: es },
};

const checked = new Set<LanguageCode>();

/** The language's words, checked against English the first time the build asks. */
export function dictionaryFor(lang: LanguageCode): Dictionary {
  const { dictionary } = LANGUAGE_INFO[lang];
  if (!checked.has(lang)) {
    checkDictionary(lang, dictionary, en);
    checked.add(lang);
  }
  return dictionary;
}

/** The folder of a language's MDX pages: content/ (or CONTENT_DIR) for English, <that folder>/<code>/ for the others. */
export function contentDirFor(lang: LanguageCode, root: string = contentDir()): string {
  return lang === 'en' ? root : path.join(root, lang);
}

/** A site path in a language: "/aftercare" → "/es/aftercare", "/" → "/es". Anchors and queries are kept. */
export function localePath(lang: LanguageCode, pathname: string): string {
  if (lang === 'en') return pathname;
  if (pathname === '/' || pathname.startsWith('/#') || pathname.startsWith('/?')) return `/${lang}${pathname.slice(1)}`;
  return `/${lang}${pathname}`;
}

/** Fills {name} placeholders; a placeholder with no value stays as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

type PluralKeys<Section> = { [K in keyof Section]: K extends `${infer Base}_one` ? Base : never }[keyof Section];

/** The _one or _other form of a key, with {count} filled in: plural(d.values, 'day', 3) → "3 days". */
export function plural<Section extends Record<string, string>>(section: Section, key: PluralKeys<Section>, count: number): string {
  const form = new Intl.PluralRules('en-US').select(count) === 'one' ? 'one' : 'other';
  return fill(section[`${String(key)}_${form}` as keyof Section] as string, { count });
}
