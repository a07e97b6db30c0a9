// A clinic's own aftercare values (dressing days, check-up, lifting, fever,
// flush interval, from its profile in tests/support/clinics.ts) on every page
// that states them and in what search engines are told. The words around them
// are tests/support/expected-copy.ts's. Run by clinical-advice.spec.ts and
// second-clinic.spec.ts; the lists of signs on every page are in suites/pages.ts.
import type { ClinicProfile } from '../../support/clinics';
import {
  aftercareSentences,
  callNowLines,
  faqAftercareSentences,
  faqFlush,
  feverLine,
  flushSentences,
  insertionFollowup,
  journeySteps,
} from '../../support/expected-copy';
import { jsonLdNodes, nodeOfType } from '../../support/structured-data';
import { expect, test } from '../fixtures';

export function clinicalValuesSuite(clinic: ClinicProfile) {
  const { aftercare, fever } = clinic;

  test(`/aftercare gives the ${clinic.label}'s dressing, check-up, lifting and fever values`, async ({ page }) => {
    await page.goto('/aftercare');
    const main = page.getByRole('main');
    for (const sentence of aftercareSentences(aftercare)) await expect(main).toContainText(sentence);
    await expect(main.locator('[data-warning-signs="call-now"] li').first()).toHaveText(callNowLines(fever, clinic.config.emergencyNumber)[0]!);
  });

  test(`every page that speaks of the flush gives the ${clinic.label}'s interval of ${aftercare.flush}`, async ({ page }) => {
    for (const [path, sentence] of flushSentences(aftercare.flush)) {
      await page.goto(path);
      await expect(page.getByRole('main'), path).toContainText(sentence);
    }
  });

  test(`/faq and its structured data give the ${clinic.label}'s values`, async ({ page }) => {
    await page.goto('/faq');
    const main = page.getByRole('main');
    for (const sentence of [...faqAftercareSentences(aftercare), faqFlush(aftercare.flush)]) await expect(main).toContainText(sentence);
    const answers = JSON.stringify(nodeOfType(await jsonLdNodes(page), 'FAQPage')!.mainEntity);
    for (const value of [`${aftercare.checkUp} days`, `${aftercare.lifting} days`, feverLine(fever)]) expect(answers).toContain(value);
  });

  test(`the journey on / and /insertion, and the procedure summaries for search engines, use the ${clinic.label}'s days and fever`, async ({ page }) => {
    for (const path of ['/', '/insertion']) {
      await page.goto(path);
      for (const step of journeySteps(aftercare)) await expect(page.getByRole('main'), path).toContainText(step);
    }
    const procedure = (await jsonLdNodes(page)).find((node) => String(node['@id']).endsWith('/insertion#procedure'))!;
    expect(procedure.followup).toContain(insertionFollowup(aftercare, aftercare.flush));
    await page.goto('/removal');
    const removal = (await jsonLdNodes(page)).find((node) => String(node['@id']).endsWith('/removal#procedure'))!;
    expect(removal.followup).toContain(feverLine(fever));
  });
}
