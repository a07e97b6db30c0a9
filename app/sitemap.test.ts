import sitemap from './sitemap';

vi.mock('@/lib/content/pages', () => ({
  getPages: () => [
    { slug: 'aftercare', lastReviewed: '2026-11-23', title: 'A', navTitle: 'A', description: 'd', order: 1, reviewer: 'r' },
    { slug: 'risks', lastReviewed: '2020-01-15', title: 'R', navTitle: 'R', description: 'd', order: 2, reviewer: 'r' },
  ],
}));

afterEach(() => {
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
