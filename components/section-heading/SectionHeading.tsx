/**
 * A content heading (h2/h3; h4 in the whole guide, where each page's
 * sections sit one level down) with a visible "#" link to itself, so patients
 * and clinic staff can copy or share a link to one section, such as
 * /aftercare#when-to-call. The id comes from rehype-slug, so it follows the
 * heading text and stays stable while the words stay the same.
 *
 * The link sits beside the heading, not inside it (as GitHub does), so a
 * screen reader's list of headings reads just the heading text. No JavaScript:
 * following the link puts the section's address in the address bar.
 */
import { Children, isValidElement, type ReactNode } from 'react';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

/** The plain text of a heading's children, for the link's name. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return Children.toArray(node.props.children).map(textOf).join('');
  return '';
}

type Props = { level: 2 | 3 | 4; id?: string; children?: ReactNode; className?: string; lang: LanguageCode };

export function SectionHeading({ level, id, children, className, lang }: Props) {
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2]!;
  if (!id) return <Heading className={className}>{children}</Heading>;
  return (
    <div className="section-heading relative">
      <Heading id={id} className={className ? `pr-12 ${className}` : 'pr-12'}>
        {children}
      </Heading>
      <a
        href={`#${id}`}
        className="section-link absolute top-0 right-0 flex h-11 w-11 items-center justify-center rounded text-2xl font-bold text-muted no-underline hover:text-brand-dark print:hidden"
      >
        <span aria-hidden="true">#</span>
        <span className="visually-hidden">
          {dictionaryFor(lang).frame.sectionLink} {textOf(children)}
        </span>
      </a>
    </div>
  );
}
