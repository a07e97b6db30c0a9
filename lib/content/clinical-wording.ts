/**
 * The clinical wording (content/clinical-wording/<lang>.ts): the sentences the
 * pages' components, the planner, its calendar file, the staff page's letter
 * and email and the structured data share, each said once per language under
 * its own review date. The build checks each language the first time it is
 * asked for: the same keys and {placeholders} as English (the dictionaries'
 * check, lib/i18n/check.ts), a real review date equal to English's, and a
 * reviewer, as a page's frontmatter has.
 */
import { z } from 'zod';
import { en, type ClinicalWording, type ClinicalWords } from '@/content/clinical-wording/en';
import { es } from '@/content/clinical-wording/es';
import { checkWords } from '@/lib/i18n/check';
import type { LanguageCode } from '@/lib/i18n';

export type { ClinicalWording, ClinicalWords } from '@/content/clinical-wording/en';

export const CLINICAL_WORDING: Record<LanguageCode, ClinicalWording> = { en, es };

/** Where a language's clinical wording lives, for messages and the review pack. */
export const clinicalWordingFile = (lang: string) => `content/clinical-wording/${lang}.ts`;

const reviewSchema = z.object({
  lastReviewed: z.iso.date('must be a real calendar date like 2026-11-01'),
  reviewer: z.string().trim().min(3, 'must name the person or team who reviewed the wording'),
});

/** Throws naming each problem: a key or placeholder unlike English's, a bad or different review date, no reviewer. */
export function checkClinicalWording(lang: string, wording: ClinicalWording, source: ClinicalWording = en): ClinicalWording {
  const review = reviewSchema.safeParse(wording);
  const problems = review.success ? [] : review.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  if (review.success && wording.lastReviewed !== source.lastReviewed) problems.push(`lastReviewed must be ${source.lastReviewed}, as in English`);
  if (problems.length) throw new Error(`${clinicalWordingFile(lang)}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  checkWords(clinicalWordingFile(lang), clinicalWordingFile('en'), wording.words, source.words);
  return wording;
}

const checked = new Set<LanguageCode>();

/** A language's clinical wording with its review, checked against English the first time the build asks. */
export function clinicalWordingFor(lang: LanguageCode): ClinicalWording {
  const wording = CLINICAL_WORDING[lang];
  if (!checked.has(lang)) {
    checkClinicalWording(lang, wording);
    checked.add(lang);
  }
  return wording;
}

/** A language's clinical sentences. */
export const clinicalWordsFor = (lang: LanguageCode): ClinicalWords => clinicalWordingFor(lang).words;
