/**
 * MapLibre's attribution control, worded for the boundaries the map draws (src/ui/attribution.ts, the same line as
 * the PNG and print footers): the 2025 files' attribution, the district maps' (dvhcvn) line, or both.
 * The control is replaced when the wording changes (MapLibre has no setter for a custom attribution); the map is
 * created without one (./create-map).
 */
import { AttributionControl } from 'maplibre-gl';
import { attributionFor, drawnBoundaryFiles } from '../ui/attribution';
import { follow, type MapHandle } from './handle';

export function followAttribution(handle: MapHandle): () => void {
  const { map, store } = handle;
  let control: AttributionControl | null = null;
  let text: string | null = null;
  const stop = follow(
    store,
    (s) => [drawnBoundaryFiles(s).join(','), s.language],
    (s) => {
      const next = attributionFor(s);
      if (next === text) return;
      text = next;
      if (control && map.hasControl(control)) map.removeControl(control);
      // Compact (a button) on narrow maps, in full otherwise and on paper (styles.css).
      control = new AttributionControl({ customAttribution: next });
      map.addControl(control, 'bottom-right');
      // On a narrow map the long 2025 line starts folded behind its (i) button; print unfolds it (styles.css).
      map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact')?.classList.remove('maplibregl-compact-show');
    },
  );
  return () => {
    stop();
    if (control && map.hasControl(control)) map.removeControl(control);
  };
}
