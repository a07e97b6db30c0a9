import { SaveForOfflinePage, saveForOfflineMetadata } from '../../../_site/save-for-offline-page';

export const metadata = saveForOfflineMetadata('es');

export default function SpanishSaveForOffline() {
  return <SaveForOfflinePage lang="es" />;
}
