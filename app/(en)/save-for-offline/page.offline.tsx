import { SaveForOfflinePage, saveForOfflineMetadata } from '../../_site/save-for-offline-page';

export const metadata = saveForOfflineMetadata('en');

export default function EnglishSaveForOffline() {
  return <SaveForOfflinePage lang="en" />;
}
