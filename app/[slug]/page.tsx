import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageFrame } from '@/components/page-frame';
import { ReviewedNote } from '@/components/reviewed-note';
import { JsonLd } from '@/components/json-ld';
import { TableOfContents } from '@/components/table-of-contents';
import { clinic } from '@/lib/clinic/config';
import { getPage, getPages } from '@/lib/content/pages';
import { loadFaq } from '@/lib/content/faq';
import { headingsOfPage } from '@/lib/content/headings';
import { guidePageMetadata } from '@/lib/seo/page-metadata';
import { guidePageStructuredData } from '@/lib/seo/structured-data';

// Only the pages in content/ exist; anything else is a 404 in the static export.
export const dynamicParams = false;

export function generateStaticParams() {
  return getPages().map((page) => ({ slug: page.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage((await params).slug);
  if (!page) return {};
  return guidePageMetadata(page);
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params;
  const page = getPage(slug);
  if (!page) notFound();
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  return (
    <PageFrame current={`/${slug}`}>
      <article className="prose prose-lg max-w-reading prose-headings:scroll-mt-4 prose-a:text-brand">
        <h1>{page.title}</h1>
        {/* Renders nothing on pages with fewer than three sections. */}
        <TableOfContents headings={headingsOfPage(slug)} />
        <Content />
      </article>
      <ReviewedNote lastReviewed={page.lastReviewed} reviewer={page.reviewer} reviewIntervalYears={page.reviewIntervalYears} />
      <JsonLd data={guidePageStructuredData(clinic, page, slug === 'faq' ? loadFaq(clinic) : [])} />
    </PageFrame>
  );
}
