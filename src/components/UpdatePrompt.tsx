/**
 * Registers the service worker (scripts/vite/pwa.ts) and, when a new version of the app has been deployed and
 * downloaded, asks before switching to it: a meeting in progress is not reloaded under the presenter.
 * Says once that the app now works offline.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';
import { cacheLoadedData } from '../pwa/cache-loaded';
import { selectT } from '../state/selectors';
import { useAppStore } from '../state/store';

/**
 * Lets the waiting version take over, and reloads once it has. The plugin reloads by itself only when the page was
 * already controlled when it registered; on a first visit that has seen an update it would not.
 */
function reloadInto(updateServiceWorker: (reload?: boolean) => Promise<void>): void {
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  void updateServiceWorker(true);
}

export function UpdatePrompt() {
  const t = useAppStore(selectT);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ onRegisteredSW: () => cacheLoadedData() });
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt" role="status" aria-live="polite" data-state={needRefresh ? 'update' : 'offline-ready'}>
      <span>{needRefresh ? t('pwa.update') : t('pwa.offlineReady')}</span>
      {needRefresh && (
        <button type="button" className="primary" id="pwa-reload" onClick={() => reloadInto(updateServiceWorker)}>
          {t('pwa.reload')}
        </button>
      )}
      <button
        type="button"
        className="small"
        id="pwa-dismiss"
        onClick={() => {
          setNeedRefresh(false);
          setOfflineReady(false);
        }}
      >
        {t('pwa.dismiss')}
      </button>
    </div>
  );
}
