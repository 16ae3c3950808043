import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { useAppStore } from './state/store';
import { startSync } from './sync/sync';
import './styles.css';

performance.mark('ntm:start');
// Data starts loading at once (index.html has already asked for the linked province's files and preloads the
// font). The interface does not wait; the map is created once the first view's data is in (src/map/MapView.tsx).
void useAppStore.getState().init();
// The shared workspace, when this origin has a server (npm start); nothing changes on a static host.
startSync();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
