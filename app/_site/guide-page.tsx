import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageFrame } from '@/components/page-frame';
import { LinkedTimes } from '@/components/preparation-planner';
import { ReviewedNote } from '@/components/reviewed-note';
import { Sources, SOURCES_ID } from '@/components/sources';
import { JsonLd } from '@/components/json-ld';
import { TableOfContents } from '@/components/table-of-contents';
import { WhenToCall } from '@/components/when-to-call';
import { clinic } from '@/lib/clinic/config';
import { CONTENT_DIR, contentFile, getPage, getPages } from '@/lib/content/pages';
import { loadFaq } from '@/lib/content/faq';
import { headingsOfPage } from '@/lib/content/headings';
import { contentDirFor, dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { guidePageMetadata } from '@/lib/seo/page-metadata';
import { guidePageStructuredData } from '@/lib/seo/structured-data';
import { mdxComponentsFor } from '@/mdx-components';

export type GuidePageProps = { params: Promise<{ slug: string }> };

/** Every page in content/ (or content/<lang>/); anything else is a 404 in the static export. */
export function guidePageParams(lang: LanguageCode) {
  return getPages(lang).map((page) => ({ slug: page.slug }));
}

export async function guideMetadata(lang: LanguageCode, { params }: GuidePageProps): Promise<Metadata> {
  const page = getPage((await params).slug, lang);
  if (!page) return {};
  return guidePageMetadata(page, lang);
}

/** The MDX page of a language: content/<slug>.mdx for English, content/<lang>/<slug>.mdx for the others. */
export async function loadContent(lang: LanguageCode, slug: string) {
  // Two literal imports, so the bundler knows each folder's files. @content is CONTENT_DIR
  // (next.config.mjs), the folder the loader reads.
  return lang === 'en' ? import(`@content/${slug}.mdx`) : import(`@content/${lang}/${slug}.mdx`);
}

export async function GuidePage({ lang, params }: GuidePageProps & { lang: LanguageCode }) {
  const { slug } = await params;
  const page = getPage(slug, lang);
  if (!page) notFound();
  const { default: Content } = await loadContent(lang, slug);
  return (
    <PageFrame lang={lang} path={`/${slug}`}>
      {/* Above the title: a patient opening a staff link needs their times first. Hidden without one. */}
      {page.linkedTimes ? <LinkedTimes lang={lang} /> : null}
      <article className="prose prose-lg max-w-reading prose-headings:scroll-mt-4 prose-a:text-brand">
        <h1 className="wrap-break-word hyphens-auto">{page.title}</h1>
        {page.callNow ? <WhenToCall lang={lang} heading={{ id: 'when-to-call' }} /> : null}
        {/* Renders nothing on pages with fewer than three sections. */}
        <TableOfContents
          headings={headingsOfPage(slug, lang)}
          after={page.sources ? [{ depth: 2, text: dictionaryFor(lang).sources.heading, id: SOURCES_ID }] : []}
          lang={lang}
        />
        <Content components={mdxComponentsFor(lang)} />
      </article>
      {/* After the article, like the review note: about the page, not part of what the reading grade measures. */}
      <Sources sources={page.sources} lang={lang} />
      <ReviewedNote
        lastReviewed={page.lastReviewed}
        reviewer={page.reviewer}
        reviewIntervalYears={page.reviewIntervalYears}
        lang={lang}
        signOff={clinic.clinicalSignOff ? { clinic: clinic.name, ...clinic.clinicalSignOff } : undefined}
      />
      <JsonLd
        data={guidePageStructuredData(clinic, page, page.structuredData === 'faq' ? loadFaq(clinic, contentFile(slug, contentDirFor(lang, CONTENT_DIR)), lang) : [], lang)}
      />
    </PageFrame>
  );
}
