// The search index as a clinic's build serves it (/_search/<lang>.json,
// static-export/postbuild/search-index.mjs), searched in Node by the same code
// the search page runs (lib/search/engine.ts): no browser, so each query costs
// about a millisecond. The queries and where they must lead are written out by
// hand in tests/support/expected-search.ts. Run by search-queries.spec.ts (the
// default clinic) and second-clinic.spec.ts.
import type { ClinicProfile } from '../../support/clinics';
import { EXPECTED_SEARCHES } from '../../support/expected-search';
import { createSearch, type SearchIndexFile } from '../../../lib/search/engine';
import { localePath, type LanguageCode } from '../../../lib/i18n';
import { expect, test } from '../fixtures';

const ALL_LANGUAGES: LanguageCode[] = ['en', 'es'];

export function searchIndexSuite(clinic: ClinicProfile) {
  test.use({ baseURL: clinic.baseURL });

  for (const lang of clinic.languages) {
    test(`${clinic.label}: the ${lang} index sends each hand-written query where a patient expects`, async ({ request }) => {
      const response = await request.get(`/_search/${lang}.json`);
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toBe('no-cache');
      const search = createSearch((await response.json()) as SearchIndexFile);
      const problems: string[] = [];
      for (const expected of EXPECTED_SEARCHES[lang]) {
        const urls = search(expected.query, 3).map((result) => result.url);
        const ok = 'first' in expected ? (expected.first.includes('#') ? urls[0] === expected.first : urls[0]?.split('#')[0] === expected.first) : urls.includes(expected.top3);
        if (!ok) problems.push(`"${expected.query}" (${expected.why}): wanted ${'first' in expected ? expected.first : `${expected.top3} in the top 3`}, got ${urls.join(', ') || 'nothing'}`);
      }
      expect(problems).toEqual([]);
      expect(EXPECTED_SEARCHES[lang].length).toBeGreaterThanOrEqual(15);
    });
  }

  test(`${clinic.label}: the index holds the clinic's own name and phone, none of the other clinic's, and no staff, 404 or print-only text`, async ({ request }) => {
    const text = await (await request.get('/_search/en.json')).text();
    expect(text).toContain(clinic.config.name);
    expect(text).toContain(clinic.config.phone);
    for (const other of clinic.otherClinic) expect(text).not.toContain(other);
    const urls = ((JSON.parse(text) as SearchIndexFile).sections).map((section) => section.url.split('#')[0]);
    expect(urls).not.toContain('/staff');
    expect(urls).not.toContain('/404');
    // The planner's printed sheet ends "Questions? Call <clinic> on <phone>." (planner.rulesQuestions in lib/i18n/en.ts); only paper shows it.
    expect(text).not.toContain(`Questions? Call ${clinic.config.name} on`);
  });

  const missing = ALL_LANGUAGES.filter((lang) => !clinic.languages.includes(lang));
  if (missing.length) {
    test(`${clinic.label}: no search page or index in a language it does not build (${missing.join(', ')})`, async ({ request }) => {
      for (const lang of missing) {
        expect((await request.get(localePath(lang, '/search'))).status()).toBe(404);
        expect((await request.get(`/_search/${lang}.json`)).status()).toBe(404);
      }
    });
  }
}
