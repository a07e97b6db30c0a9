/**
 * The components MDX pages may use, per language. Clinic values reach content
 * only through these. `mdxComponentsFor(lang)` binds the page's language into
 * every component that shows words, and makes internal links point at the
 * page's own language (`/aftercare` on a Spanish page is `/es/aftercare`), so
 * a translated MDX file uses exactly the same tags and links as its English page.
 */
import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { AnchorHTMLAttributes, HTMLAttributes, ReactNode } from 'react';
import { ClinicAddress, ClinicName, ClinicPhone, EmergencyNumber } from '@/components/clinic-contact';
import { FastingRules } from '@/components/fasting-rules';
import { PreparationPlanner } from '@/components/preparation-planner';
import { FlushReminder } from '@/components/flush-reminder';
import { Figure } from '@/components/figure';
import { SectionHeading } from '@/components/section-heading';
import { PatientJourney } from '@/components/patient-journey';
import { PortLocationDiagram } from '@/components/port-location-diagram';
import { PortPartsDiagram } from '@/components/port-parts-diagram';
import { Callout, type CalloutLevel } from '@/components/callout';
import { ContactDetails } from '@/components/contact-details';
import { GlossaryTerm } from '@/components/glossary-term';
import { ProcedureStep, ProcedureSteps } from '@/components/procedure-steps';
import { WhenToCall } from '@/components/when-to-call';
import { WhenToGetHelp } from '@/components/when-to-get-help';
import { LanguageHelp } from '@/components/language-help';
import { BleedingAdvice } from '@/components/bleeding-advice';
import { InfectionSigns } from '@/components/infection-signs';
import { LeakFirstSteps } from '@/components/leak-first-steps';
import { AfterSedation, HomeSameDay } from '@/components/after-sedation';
import { CheckUpDays, DressingDays, FeverTemperature, FlushInterval, HeavyLiftingDays } from '@/components/aftercare-values';
import { localePath, type LanguageCode } from '@/lib/i18n';

function contentLinkFor(lang: LanguageCode, anchor: (id: string) => string) {
  return function ContentLink({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
    if (href.startsWith('/') || href.startsWith('#')) {
      return (
        <Link href={href.startsWith('/') ? localePath(lang, href) : `#${anchor(href.slice(1))}`} {...rest}>
          {children}
        </Link>
      );
    }
    return (
      <a href={href} rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    );
  };
}

/**
 * A page inside the whole guide (/whole-guide): its sections sit one heading
 * level down, under the page's own title, and every id it gives (and every
 * `#anchor` link to one) starts with the page's slug and "--"
 * ("aftercare--when-to-call"), so no two pages' ids can meet on one page.
 * The planner and the flush reminder, forms with their own scripts, become
 * links to their pages (`tools`), so the whole guide runs no script.
 */
export type WithinWholeGuide = { slug: string; tools: { planner: ReactNode; flushReminder: ReactNode } };

/** A section's id inside the whole guide: "aftercare" + "when-to-call" → "aftercare--when-to-call". */
export const wholeGuideId = (slug: string, id: string) => `${slug}--${id}`;

/** Every component the guide's MDX may use, with the page's language bound in. */
export function mdxComponentsFor(lang: LanguageCode, within?: WithinWholeGuide) {
  const anchor = (id: string) => (within ? wholeGuideId(within.slug, id) : id);
  const shift = within ? 1 : 0;
  // rehype-slug (or a {#id} suffix) gives every heading an id; these add the visible link to it.
  const h2 = ({ id, children }: HTMLAttributes<HTMLHeadingElement>) => (
    <SectionHeading level={(2 + shift) as 2 | 3} id={id && anchor(id)} lang={lang}>
      {children}
    </SectionHeading>
  );
  const h3 = ({ id, children }: HTMLAttributes<HTMLHeadingElement>) => (
    <SectionHeading level={(3 + shift) as 3 | 4} id={id && anchor(id)} lang={lang}>
      {children}
    </SectionHeading>
  );
  return {
    a: contentLinkFor(lang, anchor),
    h2,
    h3,
    ClinicName,
    ClinicPhone,
    ClinicAddress,
    EmergencyNumber,
    FastingRules: () => <FastingRules lang={lang} />,
    AfterSedation: () => <AfterSedation lang={lang} />,
    HomeSameDay: () => <HomeSameDay lang={lang} />,
    PreparationPlanner: () => (within ? within.tools.planner : <PreparationPlanner lang={lang} />),
    FlushReminder: () => (within ? within.tools.flushReminder : <FlushReminder lang={lang} />),
    Figure,
    PortLocationDiagram: () => <PortLocationDiagram lang={lang} />,
    PortPartsDiagram: () => <PortPartsDiagram lang={lang} />,
    PatientJourney: () => <PatientJourney lang={lang} />,
    Callout: (props: { level?: CalloutLevel; title?: ReactNode; children: ReactNode }) => <Callout {...props} lang={lang} />,
    ProcedureSteps,
    ProcedureStep,
    WhenToCall: () => <WhenToCall lang={lang} />,
    WhenToGetHelp: () => <WhenToGetHelp lang={lang} />,
    LanguageHelp: () => <LanguageHelp lang={lang} id={anchor('interpreters')} within={within?.slug} />,
    // The infection signs on a page about something else: the signs, the fever advice and who to call.
    InfectionSigns: (props: { portRemoved?: boolean }) => <InfectionSigns lang={lang} brief portRemoved={props.portRemoved} />,
    BleedingAdvice: () => <BleedingAdvice lang={lang} />,
    LeakFirstSteps: () => <LeakFirstSteps lang={lang} />,
    DressingDays: () => <DressingDays lang={lang} />,
    CheckUpDays: () => <CheckUpDays lang={lang} />,
    FeverTemperature: () => <FeverTemperature lang={lang} />,
    HeavyLiftingDays: () => <HeavyLiftingDays lang={lang} />,
    FlushInterval: () => <FlushInterval lang={lang} />,
    ContactDetails: () => <ContactDetails lang={lang} />,
    GlossaryTerm: (props: { term: string; children?: ReactNode }) => <GlossaryTerm {...props} lang={lang} />,
  } satisfies MDXComponents;
}

export type MDXProvidedComponents = ReturnType<typeof mdxComponentsFor>;

const english = mdxComponentsFor('en');

/** @next/mdx's provider: English. Guide pages pass their own language's map to the page component. */
export function useMDXComponents(): MDXProvidedComponents {
  return english;
}
