import { GuidePage, guideMetadata, guidePageParams, type GuidePageProps } from '../../_site/guide-page';

// Only the pages in content/ exist; anything else is a 404 in the static export.
export const dynamicParams = false;
export const generateStaticParams = () => guidePageParams('en');
export const generateMetadata = (props: GuidePageProps) => guideMetadata('en', props);

export default function EnglishGuidePage(props: GuidePageProps) {
  return <GuidePage lang="en" {...props} />;
}
