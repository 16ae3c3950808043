/**
 * Owns the MapLibre map: creates it once the first view's data is in (with the province's districts in its
 * style, so it loads in one go), starts the layers (./layers) once the style is loaded, registers it for
 * `useMap()` (./map-context) and removes it on unmount. No network: no tiles, glyphs or sprites; labels are
 * HTML text over the canvas (./label-overlay).
 */
import { NavigationControl, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { selectDistrictFeatures, selectScene, selectT } from '../state/selectors';
import { useAppStore, type AppState } from '../state/store';
import { provinceBounds } from './camera';
import { createMap } from './create-map';
import type { MapHandle } from './handle';
import { connectInteractions } from './interactions';
import { LabelOverlay } from './label-overlay';
import { HATCH_IMAGE } from './layer-ids';
import { startLayers } from './layers';
import { useMapRegistry } from './map-context';
import { hatchPattern, mapStyle } from './style';
import { exposeForTests } from './test-hook';

/** The first view can be drawn: a province's districts are in, or the national overview is asked for, or loading ended. */
function firstViewReady(s: AppState): boolean {
  return s.status !== 'loading' || s.national || selectDistrictFeatures(s) !== null;
}

/**
 * Creates the map in `container` with the first view's style. Created earlier it would draw empty frames while
 * waiting, and without a GPU each frame costs nearly as much as a full one.
 */
function create(container: HTMLElement, onReady: (handle: MapHandle) => () => void): () => void {
  const state = useAppStore.getState();
  const initial = selectDistrictFeatures(state);
  const box = initial && selectScene(state).kind === 'province' ? provinceBounds(state.topology) : null;
  const map: MapLibreMap = createMap(container, selectT(state)('map.attribution'), mapStyle(initial ? { districts: initial } : undefined), box);
  map.addImage(HATCH_IMAGE, hatchPattern(), { pixelRatio: 2 });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const labels = new LabelOverlay(map);
  const handle: MapHandle = { map, labels, store: useAppStore, painted: (value) => container.setAttribute('data-painted', value) };
  connectInteractions(map, useAppStore);
  let stop = () => {};
  // 'style.load', not 'load': with the districts in the style, 'load' waits for all their tiles.
  map.once('style.load', () => {
    performance.mark('ntm:map-load');
    const stopLayers = startLayers(handle, initial);
    const stopReady = onReady(handle);
    stop = () => {
      stopLayers();
      stopReady();
    };
  });
  return () => {
    stop();
    labels.remove();
    map.remove();
  };
}

export function MapCanvas({ label }: { label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const register = useMapRegistry();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let remove: (() => void) | null = null;
    const onReady = (handle: MapHandle) => {
      register(handle);
      const withdraw = exposeForTests(handle);
      return () => {
        withdraw();
        register(null);
      };
    };
    // Created from the store's change itself, before React renders the panels for that data (an effect
    // would run only after them).
    const tryCreate = () => {
      if (!remove && firstViewReady(useAppStore.getState())) remove = create(element, onReady);
      return remove !== null;
    };
    const unsubscribe = tryCreate()
      ? () => {}
      : useAppStore.subscribe(() => {
          if (tryCreate()) unsubscribe();
        });
    return () => {
      unsubscribe();
      remove?.();
    };
  }, [register]);
  return <div ref={container} className="map" role="region" aria-label={label} aria-describedby="map-summary" />;
}
