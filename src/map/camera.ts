/**
 * Every camera decision of the map: what is framed, with which padding, animated or not. The layers call the
 * framing functions when their data arrives (a province's districts, the 2025 province); `followCamera` moves
 * the map on the user's requests (zoom to a district, leaving a district, scene changes, presentation, print).
 */
import { fitMapToBox } from '../ui/print';
import { bbox as turfBbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { mainBbox } from '../geo/main-bbox';
import { selectDistrictFeatures, selectScene } from '../state/selectors';
import { follow, type MapHandle } from './handle';

/** Padding around a province framed on the map (px). */
export const FRAME_PADDING = 24;
/** Vietnam, for the national overview. */
const NATION: LngLatBoundsLike = [
  [102.1, 8.4],
  [109.5, 23.4],
];

type Box = readonly number[];
const bounds = (b: Box): LngLatBoundsLike => [
  [b[0], b[1]],
  [b[2], b[3]],
];

/** The province's frame (its topology's box), or null without one. */
export function provinceBounds(topology: Topology | null): LngLatBoundsLike | null {
  return topology?.bbox ? bounds(topology.bbox) : null;
}

/** Frames the province; at once unless a duration is given (loading frames before the data is set, so tiles are cut once). */
export function frameProvince(map: MapLibreMap, topology: Topology | null, duration = 0): void {
  const box = provinceBounds(topology);
  if (box) map.fitBounds(box, duration ? { padding: FRAME_PADDING, duration } : { padding: FRAME_PADDING, animate: false });
}

export function frameNation(map: MapLibreMap): void {
  map.fitBounds(NATION, { padding: 20, animate: false });
}

/** Frames an area (the 2025 province) on its main part, leaving out far islands. */
export function frameArea(map: MapLibreMap, area: Parameters<typeof mainBbox>[0]): void {
  const box = mainBbox(area);
  if (box.every(Number.isFinite)) map.fitBounds(bounds(box), { padding: 30, animate: false });
}

/** In presentation the panel covers the right of the map: units are framed in the part left visible. */
function presentationPadding(map: MapLibreMap): PaddingOptions {
  return { top: 110, bottom: 40, left: 60, right: Math.min(620, map.getContainer().clientWidth * 0.4) };
}

/** Zooms to a district (lagging list, search, presentation). */
export function zoomToDistrict(map: MapLibreMap, feature: Feature, presenting: boolean): void {
  const padding = presenting ? presentationPadding(map) : 60;
  map.fitBounds(bounds(turfBbox(feature)), { padding, duration: presenting ? 1200 : 600, maxZoom: 10.5 });
}

/** Flies to the 2025 commune being presented. */
export function flyToNewCommune(map: MapLibreMap, feature: Feature): void {
  map.fitBounds(bounds(turfBbox(feature)), { padding: presentationPadding(map), duration: 1200, maxZoom: 11 });
}

/** Printing: the map fitted to the paper-sized container and drawn synchronously before the page is captured. */
function fitForPrint(handle: MapHandle): void {
  const { map, store } = handle;
  const s = store.getState();
  const features = selectDistrictFeatures(s);
  if (!features) return;
  map.resize();
  const feature = features.features.find((f) => f.properties.code === s.selectedDistrict);
  const box = feature ? turfBbox(feature) : s.topology?.bbox;
  if (box) map.fitBounds(bounds(box), { padding: 20, animate: false, maxZoom: 10.5 });
  map.redraw();
}

/** Moves the map on requests and scene changes; returns how to stop. */
export function followCamera(handle: MapHandle): () => void {
  const { map, store } = handle;
  // Asked once, the zoom is made again when the districts or the presentation padding change.
  const stopZoom = follow(
    store,
    (s) => [s.zoomRequest, selectDistrictFeatures(s), s.presenting],
    (s) => {
      if (s.zoomRequest === 0) return;
      const feature = selectDistrictFeatures(s)?.features.find((f) => f.properties.code === s.selectedDistrict);
      if (feature) zoomToDistrict(map, feature, s.presenting);
    },
  );

  // Leaving a district view goes back to the whole province (only on leaving: loading data frames the map itself).
  let selected = store.getState().selectedDistrict;
  const stopLeave = follow(
    store,
    (s) => [s.selectedDistrict],
    (s) => {
      const left = selected !== null && s.selectedDistrict === null;
      selected = s.selectedDistrict;
      if (left && selectScene(s).kind === 'province') frameProvince(map, s.topology, 400);
    },
  );

  // National overview framed on Vietnam; back from it or from the 2025 units, the province again.
  let wide = false;
  const stopScene = follow(
    store,
    (s) => [selectScene(s), s.topology],
    (s) => {
      const scene = selectScene(s);
      if (scene.kind === 'national') frameNation(map);
      else if (scene.kind === 'province' && wide) frameProvince(map, s.topology);
      wide = scene.kind !== 'province';
    },
  );

  // The container changes size in presentation mode (labels grow with it and are measured again on resize);
  // only on entering or leaving it: a resize on load would redraw the map for nothing.
  let presenting = store.getState().presenting;
  let resizeTimer = 0;
  const stopPresent = follow(
    store,
    (s) => [s.presenting],
    (s) => {
      if (s.presenting === presenting) return;
      presenting = s.presenting;
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => map.resize(), 50);
    },
  );

  // The print media query flips after the print layout exists, so the container has its paper size then.
  // Before it, the map is re-measured in its paper box (src/ui/print.ts gives the box); after it, in its screen box.
  const fit = () => fitForPrint(handle);
  const toPaper = () => fitMapToBox(map);
  const toScreen = () => map.resize();
  const printMedia = window.matchMedia('print');
  printMedia.addEventListener('change', fit);
  window.addEventListener('beforeprint', toPaper);
  window.addEventListener('afterprint', toScreen);
  window.addEventListener('afterprint', fit);
  return () => {
    window.removeEventListener('beforeprint', toPaper);
    window.removeEventListener('afterprint', toScreen);
    [stopZoom, stopLeave, stopScene, stopPresent].forEach((stop) => stop());
    window.clearTimeout(resizeTimer);
    printMedia.removeEventListener('change', fit);
    window.removeEventListener('afterprint', fit);
  };
}
