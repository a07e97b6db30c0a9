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
import { dayRangeText, daysText, feverTemperatureText } from '@/lib/clinic/aftercare';
import type { ContentPage, StructuredDataKind } from '@/lib/content/pages';
import type { FaqEntry } from '@/lib/content/faq';
import { HOME_TITLE, homeDescription, SITE_LANG, siteUrl } from '@/lib/seo/site';

const DAY_NAMES: Record<string, DayOfWeek> = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
};

const ids = (clinic: ClinicConfig) => ({
  clinic: `${clinic.siteUrl}/#clinic`,
  website: `${clinic.siteUrl}/#website`,
  portProcedure: `${clinic.siteUrl}/#port-procedure`,
});

export function medicalClinic(clinic: ClinicConfig): MedicalClinic {
  const { street, city, region, postalCode, country } = clinic.address;
  return {
    '@type': 'MedicalClinic',
    '@id': ids(clinic).clinic,
    name: clinic.name,
    url: siteUrl('/', clinic.siteUrl),
    telephone: clinic.phone,
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
function portProcedure(clinic: ClinicConfig): MedicalProcedureLeaf {
  return {
    '@type': 'MedicalProcedure',
    '@id': ids(clinic).portProcedure,
    name: 'Implanted venous access port placement',
    alternateName: ['Port insertion', 'Portacath placement', 'Chemo port placement'],
    bodyLocation: 'Upper chest, below the collarbone',
  };
}

/**
 * Short plain-language summaries for the procedure pages. Facts from the
 * source material in shared/seeds; clinic rules from the config.
 */
type ProcedureDetails = { name?: string; alternateName?: string[]; preparation: string; howPerformed: string; followup: string };

function procedureDetails(kind: StructuredDataKind | undefined, clinic: ClinicConfig): ProcedureDetails | undefined {
  const { solidFoodHoursBefore, clearLiquidsHoursBefore } = clinic.fasting;
  const { dressingDays, checkUpDaysAfter } = clinic.aftercare;
  if (kind === 'procedure-placement') {
    return {
      preparation: `No solid food for ${solidFoodHoursBefore} hours before, and only clear liquids until ${clearLiquidsHoursBefore} hours before. Tell your care team about blood thinners and allergies. Bring an adult to drive you home.`,
      howPerformed:
        'With numbing medicine and medicine to help you relax, the doctor makes two small cuts, guides a thin tube into a large vein using x-ray and ultrasound pictures, and places the port under the skin below the collarbone. It takes about an hour.',
      followup:
        `Most people go home the same day. Keep a dressing on for ${daysText(dressingDays)}, and keep the area dry until the check-up ${dayRangeText(checkUpDaysAfter)} after. When the port is not in use, it is flushed about once a month.`,
    };
  }
  if (kind === 'procedure-removal') {
    return {
      name: 'Implanted venous access port removal',
      alternateName: ['Port removal', 'Portacath removal'],
      preparation: 'Follow what your care team tells you about eating, drinking and your medicines before the procedure.',
      howPerformed:
        'With numbing medicine, and sometimes medicine to help you relax, the doctor makes a small cut over the port, gently takes out the port and its tube, and closes the cut.',
      followup: `Most people go home the same day. Keep the dressing clean and dry. Call the clinic right away about a temperature of ${feverTemperatureText(clinic.aftercare)} or higher, or signs of infection such as redness or swelling.`,
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

type PageData = { path: string; title: string; description: string; lastReviewed: string; reviewers: string[] };

function pageGraph(clinic: ClinicConfig, page: PageData, extra: Thing[] = [], about?: string): Graph {
  const url = siteUrl(page.path, clinic.siteUrl);
  const crumbs: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    '@id': `${url}#breadcrumb`,
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: siteUrl('/', clinic.siteUrl) },
      ...(page.path === '/' ? [] : [{ '@type': 'ListItem' as const, position: 2, name: page.title, item: url }]),
    ],
  };
  const webPage: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: page.title,
    description: page.description,
    inLanguage: SITE_LANG,
    isPartOf: { '@id': ids(clinic).website },
    publisher: { '@id': ids(clinic).clinic },
    lastReviewed: page.lastReviewed,
    reviewedBy: page.reviewers.map(reviewerEntity),
    about: { '@id': about ?? ids(clinic).portProcedure },
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    breadcrumb: { '@id': crumbs['@id']! },
  };
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': ids(clinic).website,
    url: siteUrl('/', clinic.siteUrl),
    name: `${HOME_TITLE} | ${clinic.name}`,
    inLanguage: SITE_LANG,
    publisher: { '@id': ids(clinic).clinic },
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [webPage, crumbs, website, medicalClinic(clinic), portProcedure(clinic), ...extra],
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
export function guidePageStructuredData(clinic: ClinicConfig, page: ContentPage, faq: FaqEntry[] = []): Graph {
  const path = `/${page.slug}`;
  const url = siteUrl(path, clinic.siteUrl);
  const extra: Thing[] = [];
  let about: string | undefined;
  const details = procedureDetails(page.structuredData, clinic);
  if (details) {
    const procedure: MedicalProcedure = { ...portProcedure(clinic), ...details, '@id': `${url}#procedure` };
    extra.push(procedure);
    about = `${url}#procedure`;
  }
  if (page.structuredData === 'faq' && faq.length > 0) extra.push(faqPage(url, faq));
  return pageGraph(clinic, { path, title: page.title, description: page.description, lastReviewed: page.lastReviewed, reviewers: [page.reviewer] }, extra, about);
}

/** Structured data for the home page, reviewed as of its newest topic. */
export function homePageStructuredData(clinic: ClinicConfig, pages: ContentPage[]): Graph {
  const lastReviewed = pages.map((page) => page.lastReviewed).sort().at(-1) ?? new Date().toISOString().slice(0, 10);
  const reviewers = [...new Set(pages.map((page) => page.reviewer))];
  return pageGraph(clinic, { path: '/', title: HOME_TITLE, description: homeDescription(clinic.name), lastReviewed, reviewers });
}
