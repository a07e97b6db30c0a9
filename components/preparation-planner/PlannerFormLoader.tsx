'use client';
// Every guide page is one route, and a client component imported anywhere in
// it loads on all of its pages. The lazy import puts the form in its own chunk
// that only a page rendering it (/preparation) fetches. The static HTML already
// holds the form (the server resolves the import), so there is no layout shift.
import { lazy, Suspense } from 'react';
import type { PlannerFormProps } from './PlannerForm';

const PlannerForm = lazy(() => import('./PlannerForm').then((m) => ({ default: m.PlannerForm })));

export function PlannerFormLoader(props: PlannerFormProps) {
  return (
    <Suspense>
      <PlannerForm {...props} />
    </Suspense>
  );
}
