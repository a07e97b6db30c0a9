import { parseClinicConfig } from '../clinic/config';
import type { ContentPage, StructuredDataKind } from '../content/pages';
import { guidePageStructuredData, homePageStructuredData } from './structured-data';

const clinic = parseClinicConfig(
  {
    name: 'Lakeside Imaging',
    siteUrl: 'https://ports.lakeside.example/',
    phone: '+1 303-555-0100',
    address: { street: '9 Shore Rd', city: 'Lakeview', region: 'MN', postalCode: '55000', country: 'US' },
    timeZone: 'America/Chicago',
    fasting: { solidFoodHoursBefore: 8, clearLiquidsHoursBefore: 2 },
    arrivalMinutesBefore: 30,
    emergencyNumber: '911',
    openingHours: [{ days: ['Mo', 'We'], opens: '08:00', closes: '16:30' }],
  },
  'test',
);

const page = (slug: string, reviewer = 'Dr. B. Example', structuredData?: StructuredDataKind): ContentPage => ({
  slug,
  ...(structuredData ? { structuredData } : {}),
  title: `Title of ${slug}`,
  navTitle: slug,
  description: 'A description that is long enough for the frontmatter schema.',
  order: 1,
  lastReviewed: '2026-10-01',
  reviewer,
});

type Node = Record<string, unknown>;
const nodes = (graph: { '@graph': readonly unknown[] }) => graph['@graph'] as Node[];
const ofType = (graph: { '@graph': readonly unknown[] }, type: string) => nodes(graph).filter((node) => node['@type'] === type);

describe('guidePageStructuredData', () => {
  it('describes the page as a reviewed MedicalWebPage on the clinic site', () => {
    const graph = guidePageStructuredData(clinic, page('aftercare'), [], 'en');
    const [webPage] = ofType(graph, 'MedicalWebPage');
    expect(webPage).toMatchObject({
      url: 'https://ports.lakeside.example/aftercare',
      name: 'Title of aftercare',
      lastReviewed: '2026-10-01',
      reviewedBy: [{ '@type': 'Person', name: 'Dr. B. Example' }],
      about: { '@id': 'https://ports.lakeside.example/#port-procedure' },
    });
    expect(ofType(graph, 'MedicalProcedure')).toHaveLength(1); // only the shared "about" entity
    expect(ofType(graph, 'FAQPage')).toHaveLength(0);
  });

  it('calls a reviewing team an organisation', () => {
    const graph = guidePageStructuredData(clinic, page('risks', 'Clinical content team'), [], 'en');
    expect(ofType(graph, 'MedicalWebPage')[0]!.reviewedBy).toEqual([{ '@type': 'Organization', name: 'Clinical content team' }]);
  });

  it('takes the clinic address, phone and hours from the config', () => {
    const [medicalClinic] = ofType(guidePageStructuredData(clinic, page('aftercare'), [], 'en'), 'MedicalClinic');
    expect(medicalClinic).toMatchObject({
      name: 'Lakeside Imaging',
      telephone: '+13035550100',
      address: { streetAddress: '9 Shore Rd', addressLocality: 'Lakeview', addressRegion: 'MN', postalCode: '55000', addressCountry: 'US' },
      openingHoursSpecification: [
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '08:00', closes: '16:30' },
      ],
    });
    expect(medicalClinic).not.toHaveProperty('email');
  });

  it('adds a breadcrumb from home to the page', () => {
    const [crumbs] = ofType(guidePageStructuredData(clinic, page('aftercare'), [], 'en'), 'BreadcrumbList');
    expect(crumbs!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://ports.lakeside.example/' },
      { '@type': 'ListItem', position: 2, name: 'Title of aftercare', item: 'https://ports.lakeside.example/aftercare' },
    ]);
  });

  it.each([
    ['procedure-placement', 'Implanted venous access port placement'],
    ['procedure-removal', 'Implanted venous access port removal'],
  ] as const)('describes the procedure on a page with structuredData: %s, with the clinic fasting rules for placement', (kind, name) => {
    // The slug is not a procedure's name on purpose: the frontmatter chooses the structured data.
    const graph = guidePageStructuredData(clinic, page('any-page', 'Dr. B. Example', kind), [], 'en');
    const procedure = ofType(graph, 'MedicalProcedure').find((node) => node['@id'] === 'https://ports.lakeside.example/any-page#procedure');
    expect(procedure).toBeDefined();
    expect(procedure!.name).toBe(name);
    for (const field of ['preparation', 'howPerformed', 'followup']) expect(String(procedure![field]).length).toBeGreaterThan(20);
    expect(ofType(graph, 'MedicalWebPage')[0]!.about).toEqual({ '@id': procedure!['@id'] });
    if (kind === 'procedure-placement') expect(procedure!.preparation).toContain('8 hours');
  });

  it("gives the clinic's own aftercare values in the procedure follow-up, never typed ones", () => {
    const followup = (kind: 'procedure-placement' | 'procedure-removal', aftercare = clinic.aftercare) => {
      const graph = guidePageStructuredData({ ...clinic, aftercare }, page('any-page', 'Dr. B. Example', kind), [], 'en');
      return String(ofType(graph, 'MedicalProcedure').find((node) => String(node['@id']).endsWith('/any-page#procedure'))!.followup);
    };
    expect(followup('procedure-placement')).toContain(
      'Keep a dressing on for 3 days, and keep the area dry until the cut is checked, usually 7 to 10 days after, or as your care team tells you. When the port is not in use, it is flushed every 4 weeks.',
    );
    expect(followup('procedure-removal')).toContain('a temperature of 100.4 °F (38.0 °C) or higher');
    const own = { dressingDays: 2, checkUpDaysAfter: { from: 10, to: 14 }, feverCelsius: 38.5, avoidHeavyLiftingDays: 5, flushIntervalWeeks: 12 };
    expect(followup('procedure-placement', own)).toContain(
      'Keep a dressing on for 2 days, and keep the area dry until the cut is checked, usually 10 to 14 days after, or as your care team tells you. When the port is not in use, it is flushed every 12 weeks.',
    );
    expect(followup('procedure-removal', own)).toContain('a temperature of 101.3 °F (38.5 °C) or higher');
  });

  it.each(['insertion', 'removal', 'faq'])('adds nothing for a page called %s whose frontmatter asks for no structured data', (slug) => {
    const graph = guidePageStructuredData(clinic, page(slug), [{ question: 'Does it hurt?', answer: 'A little, for a few days.' }], 'en');
    expect(ofType(graph, 'MedicalProcedure')).toHaveLength(1); // only the shared "about" entity
    expect(ofType(graph, 'FAQPage')).toHaveLength(0);
  });

  it('lists the questions of a page with structuredData: faq as an FAQPage', () => {
    const graph = guidePageStructuredData(clinic, page('questions', 'Dr. B. Example', 'faq'), [{ question: 'Does it hurt?', answer: 'A little, for a few days.' }], 'en');
    expect(ofType(graph, 'FAQPage')[0]!.mainEntity).toEqual([
      { '@type': 'Question', name: 'Does it hurt?', acceptedAnswer: { '@type': 'Answer', text: 'A little, for a few days.' } },
    ]);
  });
});

describe('homePageStructuredData', () => {
  it('is reviewed as of the newest page, by all reviewers', () => {
    const graph = homePageStructuredData(clinic, [page('a'), { ...page('b', 'Content team'), lastReviewed: '2026-11-05' }], 'en');
    const [webPage] = ofType(graph, 'MedicalWebPage');
    expect(webPage).toMatchObject({ url: 'https://ports.lakeside.example/', lastReviewed: '2026-11-05' });
    expect(webPage!.reviewedBy).toHaveLength(2);
    expect(ofType(graph, 'BreadcrumbList')[0]!.itemListElement).toHaveLength(1);
  });
});
