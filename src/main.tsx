import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { LABEL_FONT } from './map/font';
import { useAppStore } from './state/store';
import './styles.css';

/** Map labels are drawn with the self-hosted font: load it (with Vietnamese glyphs) before the map exists. */
async function loadFonts(): Promise<void> {
  try {
    await Promise.all([
      document.fonts.load(`400 16px "${LABEL_FONT}"`, 'Yên Khánh Hoằng Hóa Đắk'),
      document.fonts.load(`600 16px "${LABEL_FONT}"`, 'Yên Khánh Hoằng Hóa Đắk'),
    ]);
  } catch {
    // The app still works with the fallback font.
  }
}

performance.mark('ntm:start');
// Data starts loading while the fonts do; the App awaits the same promise.
void useAppStore.getState().init();
void loadFonts().then(() => {
  performance.mark('ntm:fonts');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
