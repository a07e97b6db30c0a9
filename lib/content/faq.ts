/**
 * Questions and answers from content/faq.mdx, for the FAQPage structured data.
 *
 * The format contract with the content: every question is a "## " heading
 * ending in "?", and its answer is everything up to the next "## " heading.
 * Other "## " headings (not questions) are skipped with their text. The MDX
 * is reduced to plain text, with the clinic components replaced by the
 * clinic's own values, so the answer search engines show matches the page.
 */
import fs from 'node:fs';
import type { ClinicConfig } from '@/lib/clinic/config';
import { dayRangeText, daysText, feverTemperatureText, flushIntervalText } from '@/lib/clinic/aftercare';
import { phoneText } from '@/lib/format/phone';
import type { LanguageCode } from '@/lib/i18n';
import { HEADING_ID_SUFFIX } from '@/lib/content/headings';
import { FRONTMATTER } from '@/lib/content/pages';
import { callNowPlainText } from '@/lib/content/warning-signs';

export type FaqEntry = { question: string; answer: string };

/**
 * What each clinic component in mdx-components.tsx shows, as plain text
 * (components/faq-plain-text.test.tsx renders each and compares the words).
 */
export function clinicComponentText(clinic: ClinicConfig, lang: LanguageCode): Record<string, string> {
  const { street, city, region, postalCode } = clinic.address;
  const { aftercare } = clinic;
  return {
    ClinicName: clinic.name,
    ClinicPhone: phoneText(clinic.phone, clinic.address.country),
    EmergencyNumber: clinic.emergencyNumber,
    ClinicAddress: `${street}, ${city}, ${region} ${postalCode}`,
    DressingDays: daysText(aftercare.dressingDays, lang),
    CheckUpDays: dayRangeText(aftercare.checkUpDaysAfter, lang),
    FeverTemperature: feverTemperatureText(clinic, lang),
    HeavyLiftingDays: daysText(aftercare.avoidHeavyLiftingDays, lang),
    FlushInterval: flushIntervalText(aftercare, lang),
    WhenToCall: callNowPlainText(clinic, lang),
  };
}

/** Markdown and MDX to plain text: words kept, markup and code dropped. */
export function mdxToPlainText(source: string, clinic: ClinicConfig, lang: LanguageCode): string {
  const components = clinicComponentText(clinic, lang);
  // Escaped characters ("\\*") are parked as private-use characters so the emphasis rules leave them alone.
  const parked = source.replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, (_, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)));
  return (
    parked
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '') // MDX comments
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/<([A-Z][A-Za-z0-9]*)\b[^>]*\/>/g, (_, name: string) => components[name] ?? '') // self-closing components
      .replace(/<\/?[A-Za-z][^>]*>/g, '') // other tags: keep what is inside
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
      .replace(/^#{1,6}\s+/gm, '') // sub-headings inside an answer
      .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '') // list markers
      .replace(/^>\s?/gm, '') // block quotes
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/[\ue000-\ue0ff]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Question headings and their answers from the FAQ page's MDX source. */
export function parseFaq(source: string, clinic: ClinicConfig, lang: LanguageCode): FaqEntry[] {
  const body = source.replace(FRONTMATTER, '');
  const entries: FaqEntry[] = [];
  // Split before every "## " heading; the part before the first one is the introduction.
  const sections = body.split(/^(?=## )/m).filter((section) => section.startsWith('## '));
  for (const section of sections) {
    const newline = section.indexOf('\n');
    const line = section.slice(3, newline === -1 ? undefined : newline);
    // A translated question keeps its English id: "## ¿Duele? {#does-it-hurt}".
    const heading = mdxToPlainText(HEADING_ID_SUFFIX.exec(line)?.[1] ?? line, clinic, lang);
    if (!heading.endsWith('?')) continue;
    const answer = newline === -1 ? '' : mdxToPlainText(section.slice(newline + 1), clinic, lang);
    if (answer) entries.push({ question: heading, answer });
  }
  return entries;
}

/** A page's questions (the page whose frontmatter says `structuredData: faq`) in its language, or none when the file is missing. */
export function loadFaq(clinic: ClinicConfig, file: string, lang: LanguageCode): FaqEntry[] {
  if (!fs.existsSync(file)) return [];
  return parseFaq(fs.readFileSync(file, 'utf8'), clinic, lang);
}
