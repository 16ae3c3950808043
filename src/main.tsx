import './preact-effects';
import './fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { loadLanguage } from './i18n/i18n';
import { MapProvider } from './map/map-context';
import { startEffects } from './state/effects';
import { readUrl } from './state/effects/url';
import { useAppStore } from './state/store';
import { startCrossTabSync } from './state/cross-tab';
import { reportIgnoredUrlParams } from './state/url-notice';
import { afterFirstView } from './map/first-idle';
import './styles.css';

performance.mark('ntm:start');
// Data starts loading at once (index.html has already asked for the linked province's files and preloads the
// font). The interface does not wait; the map is created once the first view's data is in (src/map/MapCanvas.tsx).
startEffects(useAppStore);
const shared = readUrl();
void loadLanguage(shared.language).catch(() => undefined); // a link in English: its messages start loading now
void useAppStore.getState().init(shared).then(reportIgnoredUrlParams);
startCrossTabSync();
// After the first view is idle (issue 19): the font's semibold faces (drawn synthesised from 400 until then), and the
// shared workspace when this origin has a server (npm start; on a static host only its session check is made): until
// that check answers, edits are local either way.
void afterFirstView().then(() => import('./fonts-semibold.css'));
void afterFirstView()
  .then(() => import('./sync/connect'))
  .then((m) => m.connectSync());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MapProvider>
      <App />
    </MapProvider>
  </StrictMode>,
);
