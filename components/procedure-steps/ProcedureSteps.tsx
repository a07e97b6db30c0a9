/**
 * Numbered steps of a procedure. A real ordered list, so screen readers say
 * "list, 7 items" and "1 of 7"; the big numbers are drawn from the list's own
 * counter, so the visible number and the announced one always agree.
 */
import type { ReactNode } from 'react';

export function ProcedureSteps({ children }: { children: ReactNode }) {
  return <ol className="not-prose my-8 space-y-6 [counter-reset:step]">{children}</ol>;
}

export function ProcedureStep({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <li className="relative pl-14 [counter-increment:step] before:absolute before:left-0 before:top-0 before:flex before:h-10 before:w-10 before:items-center before:justify-center before:rounded-full before:border-2 before:border-brand before:bg-brand-light before:font-bold before:text-brand-dark before:content-[counter(step)]">
      <p className="text-xl font-semibold">{title}</p>
      {children ? <div className="mt-1 [&_p+p]:mt-2">{children}</div> : null}
    </li>
  );
}
