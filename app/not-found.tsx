import Link from 'next/link';
import { ClinicPhone } from '@/components/clinic-contact';
import { PageFrame } from '@/components/page-frame';
import { getPages } from '@/lib/content/pages';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <PageFrame>
      <div className="max-w-reading">
        <h1 className="text-3xl font-bold">We cannot find that page</h1>
        <p className="mt-4">The link may be old or have a typing mistake. Try one of these topics:</p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>
            <Link href="/">Home</Link>
          </li>
          {getPages().map((page) => (
            <li key={page.slug}>
              <Link href={`/${page.slug}`}>{page.title}</Link>
            </li>
          ))}
        </ul>
        <p className="mt-6">
          Or call us at <ClinicPhone className="font-semibold" />.
        </p>
      </div>
    </PageFrame>
  );
}
