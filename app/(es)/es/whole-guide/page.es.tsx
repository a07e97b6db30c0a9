import { WholeGuidePage, wholeGuideMetadata } from '../../../_site/whole-guide-page';

export const metadata = wholeGuideMetadata('es');

export default function SpanishWholeGuide() {
  return <WholeGuidePage lang="es" />;
}
