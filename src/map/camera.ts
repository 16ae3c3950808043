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

/**
 * What is docked over the map (legend, map title, presentation title and card): the camera frames the area in the
 * part of the map they leave free. Each overlay is taken off the side of the map it takes least from.
 */
const OVERLAYS = '.legend, .map-title, .map-empty, .present-title, .present-side, .update-prompt';
/** Room kept between an overlay and the framed area (px). */
const OVERLAY_GAP = 12;

/** Padding that keeps a framed area clear of the overlays on the map, plus `base` on every side. */
export function overlayPadding(map: MapLibreMap, base: number): PaddingOptions {
  const container = map.getContainer();
  const c = container.getBoundingClientRect();
  const pad = { top: 0, bottom: 0, left: 0, right: 0 };
  const scope = container.closest('.app') ?? container.parentElement ?? container;
  for (const el of scope.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const left = Math.max(r.left, c.left);
    const right = Math.min(r.right, c.right);
    const top = Math.max(r.top, c.top);
    const bottom = Math.min(r.bottom, c.bottom);
    if (right <= left || bottom <= top) continue;
    const sides = [
      ['left', right - c.left],
      ['right', c.right - left],
      ['top', bottom - c.top],
      ['bottom', c.bottom - top],
    ] as const;
    const [side, amount] = sides.reduce((a, b) => (b[1] < a[1] ? b : a));
    pad[side] = Math.max(pad[side], amount + OVERLAY_GAP - base);
  }
  const result = { top: pad.top + base, bottom: pad.bottom + base, left: pad.left + base, right: pad.right + base };
  // A map too small for its overlays is framed on the whole of it rather than not at all.
  if (result.left + result.right > c.width * 0.85 || result.top + result.bottom > c.height * 0.85) {
    return { top: base, bottom: base, left: base, right: base };
  }
  return result;
}

/** The last area framed on each map, to frame again when the overlays or the map's size change. */
interface Frame {
  box: Box;
  base: number;
  maxZoom?: number;
  /** Set when the user moves the map: the frame is theirs then, and is not made again. */
  userMoved: boolean;
  /** The padding and map size it was framed with. */
  key: string;
}
const frames = new WeakMap<MapLibreMap, Frame>();

/** Frames `box` clear of the overlays, and remembers it. */
function frame(map: MapLibreMap, box: Box, base: number, options: { duration?: number; maxZoom?: number } = {}): void {
  if (!box.every(Number.isFinite)) return;
  const padding = overlayPadding(map, base);
  frames.set(map, { box, base, maxZoom: options.maxZoom, userMoved: false, key: frameKey(map, padding) });
  const { duration, maxZoom } = options;
  map.fitBounds(bounds(box), { padding, ...(duration ? { duration } : { animate: false }), ...(maxZoom ? { maxZoom } : {}) });
}

/** Frames the last area again (at once) if the user has not moved the map since; not while printing. */
export function reframe(map: MapLibreMap): void {
  const last = frames.get(map);
  if (!last || last.userMoved || map.isMoving()) return;
  if (document.documentElement.classList.contains('printing') || window.matchMedia('print').matches) return;
  if (frameKey(map, overlayPadding(map, last.base)) === last.key) return;
  frame(map, last.box, last.base, { maxZoom: last.maxZoom });
}

function frameKey(map: MapLibreMap, padding: PaddingOptions): string {
  const c = map.getContainer();
  return [c.clientWidth, c.clientHeight, padding.top ?? 0, padding.right ?? 0, padding.bottom ?? 0, padding.left ?? 0].map(Math.round).join(',');
}
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
  if (topology?.bbox) frame(map, topology.bbox, FRAME_PADDING, { duration });
}

export function frameNation(map: MapLibreMap): void {
  map.fitBounds(NATION, { padding: 20, animate: false });
}

/** Frames an area (the 2025 province) on its main part, leaving out far islands. */
export function frameArea(map: MapLibreMap, area: Parameters<typeof mainBbox>[0]): void {
  frame(map, mainBbox(area), 30);
}

/** Zooms to a district (lagging list, search, presentation). */
export function zoomToDistrict(map: MapLibreMap, feature: Feature, presenting: boolean): void {
  frame(map, turfBbox(feature), presenting ? 40 : 48, { duration: presenting ? 1200 : 600, maxZoom: 10.5 });
}

/** Flies to the 2025 commune being presented. */
export function flyToNewCommune(map: MapLibreMap, feature: Feature): void {
  frame(map, turfBbox(feature), 40, { duration: 1200, maxZoom: 11 });
}

/** Printing: the map fitted to the paper-sized container and drawn synchronously before the page is captured. */
function fitForPrint(handle: MapHandle): void {
  const { map, store } = handle;
  const s = store.getState();
  const scene = selectScene(s);
  let box: Box | undefined;
  if (scene.kind === 'province') {
    const feature = selectDistrictFeatures(s)?.features.find((f) => f.properties.code === s.selectedDistrict);
    box = feature ? turfBbox(feature) : s.topology?.bbox;
  } else {
    // The scene's own area (from 1 July 2025: the new province, or the 2025 commune in focus), as last framed.
    box = frames.get(map)?.box;
  }
  if (!box) return;
  map.resize();
  map.fitBounds(bounds(box), { padding: 20, animate: false, maxZoom: 10.5 });
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

  // The area is framed again when an overlay appears, goes or changes size (the legend with the view, the presentation
  // card) and when the map changes size (the side column folded, the phone's sheet opened), unless the user moved it.
  const onUserMove = (e: { originalEvent?: unknown }) => {
    const last = frames.get(map);
    if (last && e.originalEvent) last.userMoved = true;
  };
  map.on('movestart', onUserMove);
  let reframeTimer = 0;
  const later = () => {
    window.clearTimeout(reframeTimer);
    reframeTimer = window.setTimeout(() => reframe(map), 60);
  };
  const wrap = map.getContainer().parentElement;
  const app = map.getContainer().closest('.app');
  const sizes = new ResizeObserver(later);
  const watchOverlays = () => {
    sizes.disconnect();
    sizes.observe(map.getContainer());
    (app ?? wrap)?.querySelectorAll(OVERLAYS).forEach((el) => sizes.observe(el));
  };
  const children = new MutationObserver(() => {
    watchOverlays();
    later();
  });
  for (const parent of [wrap, app]) if (parent) children.observe(parent, { childList: true });
  watchOverlays();
  // The map was created framed on the first province (src/map/create-map.ts) before the overlays were drawn.
  const first = store.getState();
  if (!frames.has(map) && selectScene(first).kind === 'province' && first.topology?.bbox) {
    const base = { top: FRAME_PADDING, bottom: FRAME_PADDING, left: FRAME_PADDING, right: FRAME_PADDING };
    frames.set(map, { box: first.topology.bbox, base: FRAME_PADDING, userMoved: false, key: frameKey(map, base) });
  }
  later();

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
    map.off('movestart', onUserMove);
    sizes.disconnect();
    children.disconnect();
    window.clearTimeout(reframeTimer);
    window.clearTimeout(resizeTimer);
    printMedia.removeEventListener('change', fit);
    window.removeEventListener('afterprint', fit);
  };
}
