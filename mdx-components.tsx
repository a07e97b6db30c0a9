/** The components MDX pages may use. Clinic values reach content only through these. */
import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { AnchorHTMLAttributes, HTMLAttributes } from 'react';
import { ClinicAddress, ClinicName, ClinicPhone, EmergencyNumber } from '@/components/clinic-contact';
import { FastingRules } from '@/components/fasting-rules';
import { PreparationPlanner } from '@/components/preparation-planner';
import { Figure } from '@/components/figure';
import { SectionHeading } from '@/components/section-heading';
import { PatientJourney } from '@/components/patient-journey';
import { PortLocationDiagram } from '@/components/port-location-diagram';
import { PortPartsDiagram } from '@/components/port-parts-diagram';
import { Callout } from '@/components/callout';
import { ContactDetails } from '@/components/contact-details';
import { GlossaryTerm } from '@/components/glossary-term';
import { ProcedureStep, ProcedureSteps } from '@/components/procedure-steps';
import { WhenToCall } from '@/components/when-to-call';
import { EmergencySigns } from '@/components/emergency-signs';
import { InfectionSigns } from '@/components/infection-signs';
import { CheckUpDays, DressingDays, FeverTemperature, HeavyLiftingDays } from '@/components/aftercare-values';

function ContentLink({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

// rehype-slug gives every heading an id; these add the visible link to it.
function SectionHeading2({ id, children }: HTMLAttributes<HTMLHeadingElement>) {
  return (
    <SectionHeading level={2} id={id}>
      {children}
    </SectionHeading>
  );
}

function SectionHeading3({ id, children }: HTMLAttributes<HTMLHeadingElement>) {
  return (
    <SectionHeading level={3} id={id}>
      {children}
    </SectionHeading>
  );
}

const components = {
  a: ContentLink,
  h2: SectionHeading2,
  h3: SectionHeading3,
  ClinicName,
  ClinicPhone,
  ClinicAddress,
  EmergencyNumber,
  FastingRules,
  PreparationPlanner,
  Figure,
  PortLocationDiagram,
  PortPartsDiagram,
  PatientJourney,
  Callout,
  ProcedureSteps,
  ProcedureStep,
  WhenToCall,
  EmergencySigns,
  InfectionSigns,
  DressingDays,
  CheckUpDays,
  FeverTemperature,
  HeavyLiftingDays,
  ContactDetails,
  GlossaryTerm,
} satisfies MDXComponents;

export type MDXProvidedComponents = typeof components;

export function useMDXComponents(): MDXProvidedComponents {
  return components;
}
