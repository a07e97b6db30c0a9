import { HomePage, homeMetadata } from '../../_site/home-page';

export const metadata = homeMetadata('es');

export default function SpanishHome() {
  return <HomePage lang="es" />;
}
