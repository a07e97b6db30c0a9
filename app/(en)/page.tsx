import { HomePage, homeMetadata } from '../_site/home-page';

export const metadata = homeMetadata('en');

export default function EnglishHome() {
  return <HomePage lang="en" />;
}
