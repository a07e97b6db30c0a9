import Link from 'next/link';
import { ClinicPhone } from '@/components/clinic-contact';
import { PageFrame } from '@/components/page-frame';
import { getPages } from '@/lib/content/pages';
import { dictionaryFor, localePath, type LanguageCode } from '@/lib/i18n';

/**
 * The 404 page of one language: every topic and the clinic phone. English is
 * out/404.html (app/global-not-found.tsx); a translation's is out/<lang>/404.html,
 * which the server sends, with status 404, for unknown addresses under /<lang>/.
 */
export function NotFoundPage({ lang }: { lang: LanguageCode }) {
  const words = dictionaryFor(lang).notFound;
  return (
    <PageFrame lang={lang}>
      <div className="max-w-reading">
        <h1 className="text-3xl font-bold wrap-break-word hyphens-auto">{words.heading}</h1>
        <p className="mt-4">{words.intro}</p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>
            <Link href={localePath(lang, '/')}>{words.home}</Link>
          </li>
          {getPages(lang).map((page) => (
            <li key={page.slug}>
              <Link href={localePath(lang, `/${page.slug}`)}>{page.title}</Link>
            </li>
          ))}
        </ul>
        <p className="mt-6">
          {words.callBefore}
          <ClinicPhone className="font-semibold" />.
        </p>
      </div>
    </PageFrame>
  );
}
