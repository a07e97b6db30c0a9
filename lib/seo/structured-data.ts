/**
 * Schema.org structured data for each page, typed with schema-dts: the clinic
 * (MedicalClinic, from the clinic config), the page (MedicalWebPage with its
 * review date and reviewer), the way back home (BreadcrumbList), the
 * procedure on the insertion and removal pages (MedicalProcedure) and the
 * questions on the FAQ page (FAQPage). Everything goes into one @graph whose
 * parts refer to each other by @id, the form search engines read best.
 */
import type {
  BreadcrumbList,
  DayOfWeek,
  FAQPage,
  Graph,
  MedicalClinic,
  MedicalProcedure,
  MedicalProcedureLeaf,
  MedicalWebPage,
  Organization,
  Person,
  Thing,
  WebSite,
} from 'schema-dts';
import type { ClinicConfig } from '@/lib/clinic/config';
import { dayRangeText, daysText, feverTemperatureText, flushIntervalText } from '@/lib/clinic/aftercare';
import { phoneE164 } from '@/lib/format/phone';
import type { ContentPage, StructuredDataKind } from '@/lib/content/pages';
import type { FaqEntry } from '@/lib/content/faq';
import { clinicalWordsFor } from '@/lib/content/clinical-wording';
import { dictionaryFor, fill, localePath, type LanguageCode } from '@/lib/i18n';
import { homeDescription, homeTitle, siteUrl } from '@/lib/seo/site';

const DAY_NAMES: Record<string, DayOfWeek> = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
};

/** The clinic is one entity; the website and the procedure it explains have one per language (their names differ). */
const clinicId = (clinic: ClinicConfig) => `${clinic.siteUrl}/#clinic`;
const ids = (clinic: ClinicConfig, lang: LanguageCode) => ({
  website: `${siteUrl(localePath(lang, '/'), clinic.siteUrl)}#website`,
  portProcedure: `${siteUrl(localePath(lang, '/'), clinic.siteUrl)}#port-procedure`,
});

export function medicalClinic(clinic: ClinicConfig): MedicalClinic {
  const { street, city, region, postalCode, country } = clinic.address;
  return {
    '@type': 'MedicalClinic',
    '@id': clinicId(clinic),
    name: clinic.name,
    url: siteUrl('/', clinic.siteUrl),
    telephone: phoneE164(clinic.phone, clinic.address.country),
    ...(clinic.email ? { email: clinic.email } : {}),
    address: { '@type': 'PostalAddress', streetAddress: street, addressLocality: city, addressRegion: region, postalCode, addressCountry: country },
    ...(clinic.openingHours
      ? {
          openingHoursSpecification: clinic.openingHours.map((hours) => ({
            '@type': 'OpeningHoursSpecification' as const,
            dayOfWeek: hours.days.map((day) => DAY_NAMES[day]!),
            opens: hours.opens,
            closes: hours.closes,
          })),
        }
      : {}),
  };
}

/** The procedure every page is about: putting in (and living with) a port. */
function portProcedure(clinic: ClinicConfig, lang: LanguageCode): MedicalProcedureLeaf {
  const { seo } = dictionaryFor(lang);
  return {
    '@type': 'MedicalProcedure',
    '@id': ids(clinic, lang).portProcedure,
    name: seo.procedureName,
    alternateName: seo.procedureAlternateNames.split('|'),
    bodyLocation: clinicalWordsFor(lang).procedures.bodyLocation,
  };
}

/**
 * Short plain-language summaries for the procedure pages. Facts from the
 * source material in shared/seeds; clinic rules from the config.
 */
type ProcedureDetails = { name?: string; alternateName?: string[]; preparation: string; howPerformed: string; followup: string };

function procedureDetails(kind: StructuredDataKind | undefined, clinic: ClinicConfig, lang: LanguageCode): ProcedureDetails | undefined {
  const { solidFoodHoursBefore, clearLiquidsHoursBefore, fattyFoodHoursBefore } = clinic.fasting;
  const { dressingDays, checkUpDaysAfter } = clinic.aftercare;
  const { seo } = dictionaryFor(lang);
  const { procedures } = clinicalWordsFor(lang);
  if (kind === 'procedure-placement') {
    return {
      preparation: fill(procedures.insertionPreparation, { fatty: fattyFoodHoursBefore, food: solidFoodHoursBefore, liquids: clearLiquidsHoursBefore }),
      howPerformed: procedures.insertionHow,
      followup: fill(procedures.insertionFollowup, {
        dressing: daysText(dressingDays, lang),
        checkUp: dayRangeText(checkUpDaysAfter, lang),
        flush: flushIntervalText(clinic.aftercare, lang),
      }),
    };
  }
  if (kind === 'procedure-removal') {
    return {
      name: seo.removalName,
      alternateName: seo.removalAlternateNames.split('|'),
      preparation: procedures.removalPreparation,
      howPerformed: procedures.removalHow,
      followup: fill(procedures.removalFollowup, { fever: feverTemperatureText(clinic, lang) }),
    };
  }
  return undefined;
}

/** A reviewer is a team or a person; search engines want to know which. */
function reviewerEntity(reviewer: string): Person | Organization {
  return /\b(team|group|committee|department|board)\b/i.test(reviewer)
    ? { '@type': 'Organization', name: reviewer }
    : { '@type': 'Person', name: reviewer };
}

/** `path` is the page's address in its own language ("/es/aftercare"). */
type PageData = { path: string; lang: LanguageCode; title: string; description: string; lastReviewed: string; reviewers: string[] };

function pageGraph(clinic: ClinicConfig, page: PageData, extra: Thing[] = [], about?: string): Graph {
  const { lang } = page;
  const url = siteUrl(page.path, clinic.siteUrl);
  const home = siteUrl(localePath(lang, '/'), clinic.siteUrl);
  const crumbs: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    '@id': `${url}#breadcrumb`,
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: dictionaryFor(lang).seo.breadcrumbHome, item: home },
      ...(page.path === localePath(lang, '/') ? [] : [{ '@type': 'ListItem' as const, position: 2, name: page.title, item: url }]),
    ],
  };
  const webPage: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: page.title,
    description: page.description,
    inLanguage: lang,
    isPartOf: { '@id': ids(clinic, lang).website },
    publisher: { '@id': clinicId(clinic) },
    lastReviewed: page.lastReviewed,
    reviewedBy: page.reviewers.map(reviewerEntity),
    about: { '@id': about ?? ids(clinic, lang).portProcedure },
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    breadcrumb: { '@id': crumbs['@id']! },
  };
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': ids(clinic, lang).website,
    url: home,
    name: `${homeTitle(lang)} | ${clinic.name}`,
    inLanguage: lang,
    publisher: { '@id': clinicId(clinic) },
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [webPage, crumbs, website, medicalClinic(clinic), portProcedure(clinic, lang), ...extra],
  };
}

export function faqPage(url: string, entries: FaqEntry[]): FAQPage {
  return {
    '@type': 'FAQPage',
    '@id': `${url}#faq`,
    url,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

/** Structured data for one guide page. `faq` is used only by a page whose frontmatter says `structuredData: faq`. */
export function guidePageStructuredData(clinic: ClinicConfig, page: ContentPage, faq: FaqEntry[], lang: LanguageCode): Graph {
  const path = localePath(lang, `/${page.slug}`);
  const url = siteUrl(path, clinic.siteUrl);
  const extra: Thing[] = [];
  let about: string | undefined;
  const details = procedureDetails(page.structuredData, clinic, lang);
  if (details) {
    const procedure: MedicalProcedure = { ...portProcedure(clinic, lang), ...details, '@id': `${url}#procedure` };
    extra.push(procedure);
    about = `${url}#procedure`;
  }
  if (page.structuredData === 'faq' && faq.length > 0) extra.push(faqPage(url, faq));
  return pageGraph(
    clinic,
    { path, lang, title: page.title, description: page.description, lastReviewed: page.lastReviewed, reviewers: [page.reviewer] },
    extra,
    about,
  );
}

/** Structured data for the home page, reviewed as of its newest topic. */
export function homePageStructuredData(clinic: ClinicConfig, pages: ContentPage[], lang: LanguageCode): Graph {
  const lastReviewed = pages.map((page) => page.lastReviewed).sort().at(-1) ?? new Date().toISOString().slice(0, 10);
  const reviewers = [...new Set(pages.map((page) => page.reviewer))];
  return pageGraph(clinic, {
    path: localePath(lang, '/'),
    lang,
    title: homeTitle(lang),
    description: homeDescription(clinic.name, lang),
    lastReviewed,
    reviewers,
  });
}
