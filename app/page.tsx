import type { Metadata } from 'next';
import Link from 'next/link';
import { ClinicPhone } from '@/components/clinic-contact';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/page-frame';
import { PatientJourney } from '@/components/patient-journey';
import { clinic } from '@/lib/clinic/config';
import { getPages } from '@/lib/content/pages';
import { homePageMetadata } from '@/lib/seo/page-metadata';
import { homePageStructuredData } from '@/lib/seo/structured-data';

export const metadata: Metadata = homePageMetadata();

export default function HomePage() {
  const pages = getPages();
  return (
    <PageFrame current="/">
      <div className="max-w-reading">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Your port: a guide for patients</h1>
        <p className="mt-4 text-xl">
          Your doctor has said you may need a port. This guide explains what a port is, how to get ready, how it is put
          in and taken out, and how to look after it. It is written by {clinic.name} for our patients and their families.
        </p>
        <p className="mt-4">
          Have a question that is not answered here? Call us at <ClinicPhone className="font-semibold" />.
        </p>
      </div>
      <h2 className="mt-10 text-2xl font-bold">Your journey at a glance</h2>
      <p className="mt-4 max-w-reading">From the day before your port goes in to the weeks after, step by step.</p>
      <PatientJourney />
      <h2 className="mt-10 text-2xl font-bold">Topics</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {pages.map((page) => (
          <li key={page.slug} className="rounded-lg border border-line bg-white p-5 shadow-sm">
            <Link href={`/${page.slug}`} className="text-xl font-semibold">
              {page.title}
            </Link>
            <p className="mt-2 text-base text-muted">{page.description}</p>
          </li>
        ))}
      </ul>
      <JsonLd data={homePageStructuredData(clinic, pages)} />
    </PageFrame>
  );
}
