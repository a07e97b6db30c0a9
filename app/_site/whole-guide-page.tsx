/**
 * /whole-guide: every topic page in reading order on one page, to print or
 * save as a PDF. How to reach the clinic and the "Call now" card come first,
 * then a table of contents, then each page's own MDX (the same files the
 * topic pages render, not a copy) in a section under the page's title.
 * Inside a section the page's headings sit one level down and their ids start
 * with the page's slug (mdxComponentsFor's `within`), so "On this page" links
 * of two pages can never meet. No script: the planner and the flush reminder
 * become links to their pages.
 * Print CSS (globals.css, [data-whole-guide]) starts each topic on a new page.
 *
 * Kept out of search results (noindex, and not in the sitemap): it repeats the
 * topic pages word for word, and a search should land on the short page that
 * answers the question, not on a 40-page booklet. Links from it are followed.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactDetails } from '@/components/contact-details';
import { PageFrame } from '@/components/page-frame';
import { WhenToCall } from '@/components/when-to-call';
import { getPages } from '@/lib/content/pages';
import { dictionaryFor, localePath, type LanguageCode } from '@/lib/i18n';
import { mdxComponentsFor } from '@/mdx-components';
import { loadContent } from './guide-page';

export const WHOLE_GUIDE_PATH = '/whole-guide';

export function wholeGuideMetadata(lang: LanguageCode): Metadata {
  const words = dictionaryFor(lang).wholeGuide;
  return { title: words.title, description: words.description, robots: { index: false, follow: true } };
}

export async function WholeGuidePage({ lang }: { lang: LanguageCode }) {
  const words = dictionaryFor(lang).wholeGuide;
  const pages = getPages(lang);
  /** A form that needs its page's script, as a sentence linking to that page. */
  const toolLink = (slug: string, before: string) => {
    const target = pages.find((page) => page.slug === slug);
    return target ? (
      <p>
        {before}
        <Link href={localePath(lang, `/${slug}`)}>{target.title}</Link>
        {words.toolAfter}
      </p>
    ) : null;
  };
  const tools = { planner: toolLink('preparation', words.plannerBefore), flushReminder: toolLink('using-your-port', words.flushReminderBefore) };
  const sections = await Promise.all(pages.map(async (page) => ({ page, Content: (await loadContent(lang, page.slug)).default })));
  return (
    <PageFrame lang={lang} path={WHOLE_GUIDE_PATH}>
      <article data-whole-guide="" className="prose prose-lg max-w-reading prose-headings:scroll-mt-4 prose-a:text-brand">
        <h1 className="wrap-break-word hyphens-auto">{words.title}</h1>
        <p>{words.intro}</p>
        <section aria-labelledby="how-to-reach-us" data-whole-guide-contact="">
          <h2 id="how-to-reach-us">{words.contactHeading}</h2>
          <ContactDetails lang={lang} />
          <WhenToCall lang={lang} />
        </section>
        <nav aria-labelledby="contents" data-whole-guide-contents="" className="not-prose my-8 border-l-4 border-line pl-4">
          <h2 id="contents" className="text-2xl font-bold">
            {words.contents}
          </h2>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            {pages.map((page) => (
              <li key={page.slug}>
                <a href={`#${page.slug}`}>{page.title}</a>
              </li>
            ))}
          </ol>
        </nav>
        {sections.map(({ page, Content }) => (
          <section key={page.slug} aria-labelledby={page.slug} data-whole-guide-topic="">
            <h2 id={page.slug} className="wrap-break-word hyphens-auto">
              {page.title}
            </h2>
            <Content components={mdxComponentsFor(lang, { slug: page.slug, tools })} />
          </section>
        ))}
      </article>
    </PageFrame>
  );
}
