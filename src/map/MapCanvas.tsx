/**
 * Owns the MapLibre map: creates it once the first view's data is in (with the province's districts in its
 * style, so it loads in one go), starts the layers (./layers) once the style is loaded, registers it for
 * `useMap()` (./map-context) and removes it on unmount. No network: no tiles, glyphs or sprites; labels are
 * HTML text over the canvas (./label-overlay).
 */
import { NavigationControl, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { isReformDate } from '../domain/history';
import { selectProvince2025 } from '../state/province-choices';
import { selectDistrictFeatures, selectEra, selectScene, selectT } from '../state/selectors';
import { useAppStore, type AppState } from '../state/store';
import { provinceBounds } from './camera';
import { createMap } from './create-map';
import type { MapHandle } from './handle';
import { connectInteractions } from './interactions';
import { firstViewIdle } from './first-idle';
import { LabelOverlay } from './label-overlay';
import { HATCH_IMAGE } from './layer-ids';
import { startLayers } from './layers';
import { useMapRegistry } from './map-context';
import { hatchPattern, mapStyle } from './style';
import { exposeForTests } from './test-hook';
import { hatchLayerCode } from './render/hatch-code';

/**
 * A province in the units of 1 July 2025 is ready once its units are known and, in them, its 2025 province is in
 * (real communes, and the old provinces' outlines merged from them at build time; with the office's own commune
 * polygons, the old outlines of the national layer until that file arrives): the map is then created once in that scene, not first in the plan's
 * districts (cut into tiles, drawn, then hidden).
 */
function reformReady(s: AppState): boolean {
  // A 2025 province opened by itself (Quảng Ninh: no pre-2025 files, no history) needs only its own file.
  if (s.standalone2025) return selectProvince2025(s) !== null;
  const code = s.provinces.find((p) => p.slug === s.provinceSlug)?.code;
  if (!s.history || s.history.provinceCode !== code) return false;
  if (selectEra(s) !== 'reform' || !s.history.newProvince?.code) return s.status !== 'loading';
  return selectProvince2025(s) !== null || (s.newCommuneBoundaries !== null && s.nationalTopology !== null);
}

/** The first view can be drawn: a province's districts are in, or the national overview is asked for, or loading ended. */
function firstViewReady(s: AppState): boolean {
  if (s.status === 'error') return true;
  if (!s.national && s.provinceSlug && isReformDate(s.unitsAsOf)) return reformReady(s);
  return s.status !== 'loading' || s.national || selectDistrictFeatures(s) !== null;
}

/**
 * Creates the map in `container` with the first view's style. Created earlier it would draw empty frames while
 * waiting, and without a GPU each frame costs nearly as much as a full one.
 */
function create(container: HTMLElement, onReady: (handle: MapHandle) => () => void): () => void {
  const state = useAppStore.getState();
  // The districts are in the first style only when they are what the map shows.
  const initial = selectScene(state).kind === 'province' ? selectDistrictFeatures(state) : null;
  const box = initial ? provinceBounds(state.topology) : null;
  const map: MapLibreMap = createMap(container, selectT(state)('map.attribution.dvhcvn'), mapStyle(initial ? { districts: initial } : undefined), box);
  map.addImage(HATCH_IMAGE, hatchPattern(), { pixelRatio: 2 });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const labels = new LabelOverlay(map);
  let idleWatched = false;
  const painted = (value: string) => {
    container.setAttribute('data-painted', value);
    if (idleWatched) return;
    idleWatched = true;
    map.once('idle', firstViewIdle);
  };
  const handle: MapHandle = { map, labels, store: useAppStore, painted };
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
    // A province's districts first (not the national overview, not the 2025 units): their hatching's code now.
    const first = useAppStore.getState();
    if (!first.national && !isReformDate(first.unitsAsOf)) void hatchLayerCode();
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
