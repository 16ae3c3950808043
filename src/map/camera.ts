/**
 * Every camera decision of the map: what is framed, with which padding, animated or not. The layers call the
 * framing functions when their data arrives (a province's districts, the 2025 province); `followCamera` moves
 * the map on the user's requests (zoom to a district, leaving a district, scene changes, presentation, print).
 */
import { fitMapToBox } from '../ui/print';
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { isClearOf, paddingClearOf, projectedSize, type Rect } from '../geo/overlay-padding';
import { selectDistrictFeatures, selectScene } from '../state/selectors';
import { follow, type MapHandle } from './handle';
import { OFFSHORE_LON } from './layers/national-2025';

/** Padding around a province framed on the map (px). */
export const FRAME_PADDING = 24;
/** Vietnam's mainland and near islands, for the national overview where its archipelagos go in the inset. */
const NATION: Box = [102.1, 8.4, 109.5, 23.4];
/**
 * The national overview takes in Hoàng Sa and Trường Sa whole when that keeps the mainland at least this share of
 * the size it has framed alone (a laptop or projector); else (a phone) it frames the mainland and the islands inset
 * (./layers/islands.ts) draws them.
 */
const NATION_WITH_ISLANDS_SHARE = 0.8;
/** Vietnam with Hoàng Sa and Trường Sa (the national files' box, rounded out) while no national file is loaded (the "Xã" tier). */
const NATION_WHOLE: Box = [102.1, 7.1, 117.9, 23.4];
type Box = readonly number[];

/**
 * What is docked over the map (legend, map title, presentation title and card): the camera frames the area in the
 * part of the map they leave free (the attribution too). Each overlay is taken off the side of the map that leaves the
 * area drawn largest (src/geo/overlay-padding).
 */
const DOCKED = '.legend, .map-title, .map-empty, .present-title, .present-side, .update-prompt, .maplibregl-ctrl-bottom-right, .maplibregl-ctrl-top-right';
/** With the islands inset (./layers/islands.ts): a province is framed clear of it; the national overview is not (it decides the inset). */
const OVERLAYS = `${DOCKED}, .islands-inset`;
/** An overlay's change this soon after a view or year switch is that switch's legend (ms): the camera stays if it can (reframe). */
const VIEW_SWITCH_MS = 1000;
/** Room kept between an overlay and the framed area (px). */
const OVERLAY_GAP = 12;

/** The map's size and the boxes of the overlays shown on it (px from its top-left corner). */
function overlayRects(map: MapLibreMap, overlays: string): { size: { width: number; height: number }; rects: Rect[] } {
  const container = map.getContainer();
  const c = container.getBoundingClientRect();
  const scope = container.closest('.app') ?? container.parentElement ?? container;
  const rects: Rect[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(overlays)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    rects.push({ left: r.left - c.left, right: r.right - c.left, top: r.top - c.top, bottom: r.bottom - c.top });
  }
  return { size: { width: c.width, height: c.height }, rects };
}

/** Padding that keeps the framed `box` clear of the overlays on the map, plus `base` on every side (src/geo/overlay-padding). */
export function overlayPadding(map: MapLibreMap, base: number, box: Box, overlays = OVERLAYS): PaddingOptions {
  const { size, rects } = overlayRects(map, overlays);
  return paddingClearOf(size, rects, base, OVERLAY_GAP, projectedSize(box));
}

/** Whether `box` as the map shows it now is inside the map less `base` and clear of the overlays (src/geo/overlay-padding). */
function shownClear(map: MapLibreMap, box: Box, base: number, overlays: string): boolean {
  const { size, rects } = overlayRects(map, overlays);
  const sw = map.project([box[0], box[1]]);
  const ne = map.project([box[2], box[3]]);
  const area = { left: Math.min(sw.x, ne.x), right: Math.max(sw.x, ne.x), top: Math.min(sw.y, ne.y), bottom: Math.max(sw.y, ne.y) };
  return isClearOf(area, size, rects, base, OVERLAY_GAP);
}

const overlayListeners = new WeakMap<MapLibreMap, Set<() => void>>();
/** Calls `listener` when what is docked over the map appears, goes or changes size (before the camera reframes); returns how to stop. */
export function onOverlaysChange(map: MapLibreMap, listener: () => void): () => void {
  const set = overlayListeners.get(map) ?? new Set<() => void>();
  overlayListeners.set(map, set);
  set.add(listener);
  return () => set.delete(listener);
}

/** The last area framed on each map, to frame again when the overlays or the map's size change. */
interface Frame {
  box: Box;
  /** Chooses the box again for the map's size and overlays (the national overview), else `box`. */
  pick?: () => Box;
  /** The overlays framed clear of. */
  overlays: string;
  base: number;
  maxZoom?: number;
  /** Set when the user moves the map: the frame is theirs then, and is not made again. */
  userMoved: boolean;
  /** The padding and map size it was framed with. */
  key: string;
}
const frames = new WeakMap<MapLibreMap, Frame>();

/** Frames `box` clear of the overlays, and remembers it. */
function frame(map: MapLibreMap, area: Box | (() => Box), base: number, options: { duration?: number; maxZoom?: number; overlays?: string } = {}): void {
  const pick = typeof area === 'function' ? area : undefined;
  const box = pick ? pick() : (area as Box);
  if (!box.every(Number.isFinite)) return;
  const overlays = options.overlays ?? OVERLAYS;
  const padding = overlayPadding(map, base, box, overlays);
  frames.set(map, { box, pick, base, overlays, maxZoom: options.maxZoom, userMoved: false, key: frameKey(map, padding) });
  const { duration, maxZoom } = options;
  map.fitBounds(bounds(box), { padding, ...(duration ? { duration } : { animate: false }), ...(maxZoom ? { maxZoom } : {}) });
}

/**
 * Frames the last area again (at once) if the user has not moved the map since; not while printing. `keepIfClear`
 * (the legend changed with the view or year): the map stays as it is while it keeps its size and the area is still
 * clear of every overlay, so that a view switch changes the colours, not the camera (the area would otherwise jump
 * as each view's legend is taken off another side), unless the new legend would cover part of the area.
 */
export function reframe(map: MapLibreMap, { keepIfClear = false } = {}): void {
  const last = frames.get(map);
  if (!last || last.userMoved || map.isMoving()) return;
  if (document.documentElement.classList.contains('printing') || window.matchMedia('print').matches) return;
  const box = last.pick ? last.pick() : last.box;
  const key = frameKey(map, overlayPadding(map, last.base, box, last.overlays));
  if (box === last.box && key === last.key) return;
  const sameSize = key.split(',').slice(0, 2).join() === last.key.split(',').slice(0, 2).join();
  if (keepIfClear && box === last.box && sameSize && shownClear(map, box, last.base, last.overlays)) {
    last.key = key;
    return;
  }
  frame(map, last.pick ?? box, last.base, { maxZoom: last.maxZoom, overlays: last.overlays });
}

function frameKey(map: MapLibreMap, padding: PaddingOptions): string {
  const c = map.getContainer();
  return [c.clientWidth, c.clientHeight, padding.top ?? 0, padding.right ?? 0, padding.bottom ?? 0, padding.left ?? 0].map(Math.round).join(',');
}
const bounds = (b: Box): LngLatBoundsLike => [
  [b[0], b[1]],
  [b[2], b[3]],
];

const provinceBoxes = new WeakMap<Topology, Box | null>();
/**
 * The box a province is framed on: its districts without the far archipelagos (Hoàng Sa of Đà Nẵng, Trường Sa of
 * Khánh Hòa, drawn in the islands inset when out of the frame); near islands (Lý Sơn, Phú Quốc, Cô Tô) are kept.
 */
export function provinceBox(topology: Topology | null): Box | null {
  if (!topology?.bbox) return null;
  if (!provinceBoxes.has(topology)) provinceBoxes.set(topology, topology.bbox[2] > OFFSHORE_LON ? mainlandBox(topology) : topology.bbox);
  return provinceBoxes.get(topology) ?? topology.bbox;
}

function mainlandBox(topology: Topology): Box | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const object of Object.values(topology.objects)) {
    const fc = feature(topology, object) as FeatureCollection | Feature;
    for (const f of fc.type === 'FeatureCollection' ? fc.features : [fc]) {
      const g = f.geometry;
      const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
      for (const polygon of polygons) {
        if (polygon[0].every(([lon]) => lon > OFFSHORE_LON)) continue;
        for (const [lon, lat] of polygon[0]) {
          [w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
        }
      }
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/** The province's frame (its mainland box), or null without one. */
export function provinceBounds(topology: Topology | null): LngLatBoundsLike | null {
  const box = provinceBox(topology);
  return box ? bounds(box) : null;
}

/** Frames the province; at once unless a duration is given (loading frames before the data is set, so tiles are cut once). */
export function frameProvince(map: MapLibreMap, topology: Topology | null, duration = 0): void {
  const box = provinceBox(topology);
  if (box) frame(map, box, FRAME_PADDING, { duration });
}

/** The scale (px per radian) `box` is drawn at when framed clear of the overlays. */
function framedScale(map: MapLibreMap, box: Box, base: number): number {
  const p = overlayPadding(map, base, box, DOCKED);
  const c = map.getContainer();
  const size = projectedSize(box);
  return Math.min((c.clientWidth - (p.left ?? 0) - (p.right ?? 0)) / size.width, (c.clientHeight - (p.top ?? 0) - (p.bottom ?? 0)) / size.height);
}

/** The national overview: Vietnam with Hoàng Sa and Trường Sa (`whole`, the national topology's box) where they fit well, else its mainland. */
export function frameNation(map: MapLibreMap, whole: Box | null): void {
  const base = 20;
  const pick = (): Box => {
    if (!whole || !whole.every(Number.isFinite)) return NATION;
    return framedScale(map, whole, base) >= NATION_WITH_ISLANDS_SHARE * framedScale(map, NATION, base) ? whole : NATION;
  };
  frame(map, pick, base, { overlays: DOCKED });
}

/** Frames an area (the 2025 province without its far archipelagos, ./layers/reform.ts), its islands included (Cô Tô, Thổ Chu, Bạch Long Vĩ). */
export function frameArea(map: MapLibreMap, area: FeatureCollection): void {
  frame(map, turfBbox(area), 30);
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
    (s) => [selectScene(s), s.topology, s.nationalTopology],
    (s) => {
      const scene = selectScene(s);
      if (scene.kind === 'national') frameNation(map, (scene.newProvinces ? s.provinces2025Topology?.bbox : null) ?? s.nationalTopology?.bbox ?? NATION_WHOLE);
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
    reframeTimer = window.setTimeout(() => {
      // Not in the middle of a move (a flight, the user's drag): once it ends.
      if (map.isMoving()) return void map.once('moveend', later);
      // The listeners first: the islands inset moves clear of a notice or legend, and is framed clear of in turn.
      overlayListeners.get(map)?.forEach((listener) => listener());
      reframe(map, { keepIfClear: performance.now() - switchedAt < VIEW_SWITCH_MS });
    }, 60);
  };
  // When the view or year was last switched (not at start: the first view is framed clear of its legend in full).
  let switchedAt = -Infinity;
  let started = false;
  const stopSwitch = follow(
    store,
    (s) => [s.view, s.year],
    () => {
      if (started) switchedAt = performance.now();
      started = true;
    },
  );
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
  // The map's own container too: the islands inset (./layers/islands.ts) is docked in it.
  for (const parent of [map.getContainer(), wrap, app]) if (parent) children.observe(parent, { childList: true });
  watchOverlays();
  // The map was created framed on the first province (src/map/create-map.ts) before the overlays were drawn.
  const first = store.getState();
  const firstBox = provinceBox(first.topology);
  if (!frames.has(map) && selectScene(first).kind === 'province' && firstBox) {
    const base = { top: FRAME_PADDING, bottom: FRAME_PADDING, left: FRAME_PADDING, right: FRAME_PADDING };
    frames.set(map, { box: firstBox, base: FRAME_PADDING, overlays: OVERLAYS, userMoved: false, key: frameKey(map, base) });
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
    [stopZoom, stopLeave, stopScene, stopPresent, stopSwitch].forEach((stop) => stop());
    map.off('movestart', onUserMove);
    sizes.disconnect();
    children.disconnect();
    window.clearTimeout(reframeTimer);
    window.clearTimeout(resizeTimer);
    printMedia.removeEventListener('change', fit);
    window.removeEventListener('afterprint', fit);
  };
}
