import { GuidePage, guideMetadata, guidePageParams, type GuidePageProps } from '../../../_site/guide-page';

// Only the pages in content/es/ exist; anything else is a 404 in the static export.
export const dynamicParams = false;
export const generateStaticParams = () => guidePageParams('es');
export const generateMetadata = (props: GuidePageProps) => guideMetadata('es', props);

export default function SpanishGuidePage(props: GuidePageProps) {
  return <GuidePage lang="es" {...props} />;
}
