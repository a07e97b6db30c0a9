import type { Metadata } from 'next';
import Link from 'next/link';
import { ClinicPhone } from '@/components/clinic-contact';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/page-frame';
import { PatientJourney } from '@/components/patient-journey';
import { WhenToCall } from '@/components/when-to-call';
import { clinic } from '@/lib/clinic/config';
import { getPages } from '@/lib/content/pages';
import { dictionaryFor, fill, localePath, type LanguageCode } from '@/lib/i18n';
import { homePageMetadata } from '@/lib/seo/page-metadata';
import { homePageStructuredData } from '@/lib/seo/structured-data';

export function homeMetadata(lang: LanguageCode): Metadata {
  return homePageMetadata(lang);
}

/** The home page of one language: what the guide is, the journey at a glance, every topic. */
export function HomePage({ lang }: { lang: LanguageCode }) {
  const pages = getPages(lang);
  const words = dictionaryFor(lang).home;
  return (
    <PageFrame lang={lang} path="/">
      <div className="max-w-reading">
        <h1 className="text-3xl font-bold leading-tight wrap-break-word hyphens-auto sm:text-4xl">{words.heading}</h1>
        <p className="mt-4 text-xl">{fill(words.intro, { clinic: clinic.name })}</p>
        <WhenToCall lang={lang} heading={{ id: 'when-to-call' }} />
        <p className="mt-4">
          {words.questionBefore}
          <ClinicPhone className="font-semibold" />.
        </p>
      </div>
      <h2 className="mt-10 text-2xl font-bold">{words.journeyHeading}</h2>
      <p className="mt-4 max-w-reading">{words.journeyIntro}</p>
      <PatientJourney lang={lang} />
      <h2 className="mt-10 text-2xl font-bold">{words.topicsHeading}</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {pages.map((page) => (
          <li key={page.slug} className="rounded-lg border border-line bg-white p-5 shadow-sm">
            <Link href={localePath(lang, `/${page.slug}`)} className="text-xl font-semibold">
              {page.title}
            </Link>
            <p className="mt-2 text-base text-muted">{page.description}</p>
          </li>
        ))}
      </ul>
      <JsonLd data={homePageStructuredData(clinic, pages, lang)} />
    </PageFrame>
  );
}
