import type { Metadata } from 'next';
import { PageFrame } from '@/components/page-frame';
import { StaffLinkTool } from '@/components/staff-link-tool';
import { staffWords } from '@/components/staff-link-tool/staff-words';

// For clinic staff, not patients: kept out of search results, the sitemap and the navigation (docs/staff-page.md).
export const metadata: Metadata = {
  title: staffWords.title,
  description: staffWords.description,
  robots: { index: false, follow: false },
};

export default function StaffPage() {
  return (
    <PageFrame lang="en" path="/staff" languages={['en']}>
      <article className="max-w-reading">
        <h1 className="text-3xl font-bold wrap-break-word print:hidden">{staffWords.title}</h1>
        <p className="mt-4 text-lg print:hidden">{staffWords.intro}</p>
        <StaffLinkTool />
      </article>
    </PageFrame>
  );
}
