/**
 * The dictionary check: a language's dictionary must have exactly the keys
 * English has (no key missing, none extra) and, in each value, the same
 * {placeholders}, so a translation can neither drop a clinic value nor name
 * one that is never filled in. A zod schema made from the English dictionary;
 * lib/i18n/index.ts runs it when the build first asks for a dictionary, and
 * lib/i18n/check.test.ts runs it over every dictionary. The clinical wording
 * (content/clinical-wording/) is checked the same way (checkWords).
 */
import { z } from 'zod';
import type { Dictionary } from './en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Sections of words: each section's keys to strings, as dictionaries and the clinical wording are. */
type Words = Record<string, Record<string, string>>;

/** The zod schema every dictionary must pass, made from the English one. */
export function dictionarySchema(source: Words) {
  const sections = Object.fromEntries(
    Object.entries(source).map(([section, words]) => [
      section,
      z.strictObject(
        Object.fromEntries(
          Object.entries(words).map(([key, english]) => {
            const wanted = placeholders(english).join(', ');
            return [
              key,
              z
                .string()
                .min(1, 'must not be empty')
                .refine((text) => placeholders(text).join(', ') === wanted, {
                  message: wanted ? `must use exactly the placeholders {${wanted.split(', ').join('}, {')}}` : 'must use no {placeholders}',
                }),
            ];
          }),
        ),
      ),
    ]),
  );
  return z.strictObject(sections);
}

export class DictionaryError extends Error {
  constructor(file: string, sourceFile: string, problems: string[]) {
    super(`${file} does not match ${sourceFile}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DictionaryError';
  }
}

/** Throws a DictionaryError naming each missing, extra or wrong key. */
export function checkDictionary(language: string, dictionary: unknown, source: Dictionary): Dictionary {
  return checkWords(`Dictionary lib/i18n/${language}.ts`, 'lib/i18n/en.ts', dictionary, source) as Dictionary;
}

/** The same check for any sections of words (`file` and `sourceFile` name them in the message). */
export function checkWords(file: string, sourceFile: string, words: unknown, source: Words): Words {
  const result = dictionarySchema(source).safeParse(words, {
    error: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing (English has it)';
      if (issue.code === 'unrecognized_keys') return `has key(s) English does not have: ${issue.keys.join(', ')}`;
      return undefined;
    },
  });
  if (result.success) return result.data as Words;
  throw new DictionaryError(
    file,
    sourceFile,
    result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message)),
  );
}
