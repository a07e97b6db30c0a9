import { WholeGuidePage, wholeGuideMetadata } from '../../_site/whole-guide-page';

export const metadata = wholeGuideMetadata('en');

export default function EnglishWholeGuide() {
  return <WholeGuidePage lang="en" />;
}
