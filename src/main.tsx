import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { loadLabelFont } from './map/font';
import { useAppStore } from './state/store';
import './styles.css';

performance.mark('ntm:start');
// Data and the label font start loading at once. The interface does not wait for either; the map is created
// once both are in (src/map/MapView.tsx).
void useAppStore.getState().init();
void loadLabelFont().then(() => performance.mark('ntm:fonts'));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
