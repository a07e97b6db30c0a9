import sitemap from './sitemap';

const languages = vi.hoisted(() => ({ list: ['en'] }));

vi.mock('@/lib/clinic/site-languages', () => ({ siteLanguages: () => languages.list }));

vi.mock('@/lib/content/pages', () => ({
  getPages: () => [
    { slug: 'aftercare', lastReviewed: '2026-11-23', title: 'A', navTitle: 'A', description: 'd', order: 1, reviewer: 'r' },
    { slug: 'risks', lastReviewed: '2020-01-15', title: 'R', navTitle: 'R', description: 'd', order: 2, reviewer: 'r' },
  ],
}));

afterEach(() => {
  languages.list = ['en'];
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('warns at build time about a page past its review date, and still writes the sitemap', () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-06-01T12:00:00Z'));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const entries = sitemap();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toContain('content/risks.mdx is overdue for clinical review: last reviewed 2020-01-15, review was due 2023-01-15');
  expect(entries).toHaveLength(3);
});

it('says nothing while every page is in date', () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2022-06-01T12:00:00Z'));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  sitemap();
  expect(warn).not.toHaveBeenCalled();
});

it('has no alternates on an English-only site', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(sitemap().every((entry) => entry.alternates === undefined)).toBe(true);
});

it('lists every page in each language with its hreflang alternates, English as x-default', () => {
  languages.list = ['en', 'es'];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const entries = sitemap();
  expect(entries).toHaveLength(6);
  const base = 'https://port-guide.example.org';
  const spanish = entries.find((entry) => entry.url === `${base}/es/aftercare`);
  expect(spanish?.alternates?.languages).toEqual({ en: `${base}/aftercare`, es: `${base}/es/aftercare`, 'x-default': `${base}/aftercare` });
  expect(entries.find((entry) => entry.url === `${base}/es`)?.alternates?.languages).toEqual({ en: `${base}/`, es: `${base}/es`, 'x-default': `${base}/` });
});
