import { useEffect } from 'react';
import { MapView } from '../map/MapView';
import { useAppStore } from '../state/store';
import { AreaPanel } from './AreaPanel';
import { Header } from './Header';
import { Legend } from './Legend';
import { Tooltip } from './Tooltip';

export function App() {
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const t = useAppStore((s) => s.t);
  useEffect(() => {
    void useAppStore.getState().init();
  }, []);
  return (
    <div className="app" data-status={status}>
      <Header />
      {status === 'error' && (
        <div className="error" role="alert">
          {t('app.error', { message: error ?? '' })}
        </div>
      )}
      <main className="main">
        <div className="map-wrap">
          <MapView />
          <Legend />
          <Tooltip />
          {status === 'loading' && <div className="loading">{t('app.loading')}</div>}
        </div>
        <AreaPanel />
      </main>
    </div>
  );
}
