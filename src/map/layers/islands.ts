/**
 * Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) always on the map: where the frame leaves an archipelago out (the
 * national views on a phone, the Đà Nẵng and Khánh Hòa views framed on their mainland, before and after 1 July 2025),
 * or leaves part of it out or under a legend, an inset in the map's lower right corner (the upper one when a legend
 * fills the lower) draws its islands whole and names it. The PNG export draws the same inset
 * (insetForExport). Geometry from the data already loaded: the 2025 province or provinces file, else the
 * national layer (whose archipelago districts keep every point, scripts/lib/boundaries.ts).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { boxOf, insetDrawing, LINE, ringsPath, type Archipelago, type Box, type InsetDrawing } from '../../geo/islands-inset';
import { fetchCommunes2025National } from '../../data/load';
import { selectScene, selectT } from '../../state/selectors';
import type { AppState } from '../../state/types';
import { onOverlaysChange } from '../camera';
import { follow, type MapHandle } from '../handle';
import { NATIONAL_COMMUNE_LAYERS, NATIONAL_LAYERS } from '../layer-ids';
import { ISLANDS_2025, OFFSHORE_LON } from './national-2025';

/** What is docked over the map and hides what is under it (as the camera frames clear of it, ../camera.ts). */
const COVERS = '.legend, .map-title, .map-empty, .present-title, .present-side, .maplibregl-ctrl-bottom-right, .maplibregl-ctrl-top-right';
/** Room kept between an archipelago and the map's edge (px). */
const EDGE = 4;

/** The boxes of what is docked at the map's bottom in the inset's column (`width` px from the right edge, 8 px in). */
function dockedInColumn(map: MapLibreMap, selector: string, width: number): DOMRect[] {
  const c = map.getContainer().getBoundingClientRect();
  const scope = map.getContainer().closest('.app') ?? map.getContainer();
  return [...scope.querySelectorAll<HTMLElement>(selector)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.right > c.right - 8 - width && r.left < c.right - 8 && r.bottom > c.top + c.height / 2 && r.top < c.bottom);
}

/**
 * Where the inset goes: in the lower right corner above the attribution and a notice docked there; in the upper right
 * corner under the zoom buttons when a legend fills the lower one (a phone's wide legend), or, on the national views
 * (`overLand`: the provinces' fill layers), when the lower corner would cover land and the upper one would not (a
 * phone: the south-central coast reaches the lower corner, the Gulf of Tonkin leaves the upper one free).
 */
function place(map: MapLibreMap, element: HTMLElement, width: number, overLand: readonly string[] = []): void {
  const c = map.getContainer().getBoundingClientRect();
  const upper = () => {
    const buttons = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-top-right')?.getBoundingClientRect();
    element.style.top = `${(buttons && buttons.height > 0 ? buttons.bottom - c.top : 0) + 8}px`;
    element.style.bottom = '';
  };
  if (dockedInColumn(map, '.legend', width).length) return upper();
  const attribution = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
  const notice = Math.max(0, ...dockedInColumn(map, '.update-prompt', width).map((r) => c.bottom - r.top));
  element.style.top = '';
  element.style.bottom = `${Math.max(attribution?.offsetHeight ?? 20, notice) + 8}px`;
  const layers = overLand.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  if (!layers.length) return;
  const land = () => {
    const r = element.getBoundingClientRect();
    const canvas = map.getCanvas().getBoundingClientRect();
    const box: [[number, number], [number, number]] = [
      [r.left - canvas.left, r.top - canvas.top],
      [r.right - canvas.left, r.bottom - canvas.top],
    ];
    return map.queryRenderedFeatures(box, { layers }).length > 0;
  };
  if (!land()) return;
  const lower = element.style.bottom;
  upper();
  if (!land()) return;
  element.style.top = '';
  element.style.bottom = lower;
}

/** Whether the archipelago in `box` (lon/lat) is drawn whole on the map: inside its edges and under no overlay. */
function wholeOnMap(map: MapLibreMap, box: Box): boolean {
  const container = map.getContainer();
  const c = container.getBoundingClientRect();
  const a = map.project([box[0], box[3]]);
  const b = map.project([box[2], box[1]]);
  const r = { left: Math.min(a.x, b.x), right: Math.max(a.x, b.x), top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y) };
  if (r.left < EDGE || r.top < EDGE || r.right > c.width - EDGE || r.bottom > c.height - EDGE) return false;
  const scope = container.closest('.app') ?? container;
  for (const el of scope.querySelectorAll<HTMLElement>(COVERS)) {
    const o = el.getBoundingClientRect();
    if (o.width === 0 || o.height === 0) continue;
    const [left, top] = [o.left - c.left, o.top - c.top];
    if (left < r.right && left + o.width > r.left && top < r.bottom && top + o.height > r.top) return false;
  }
  return true;
}

const PROVINCE_NAMES: Record<string, string> = { '48': 'Đà Nẵng', '56': 'Khánh Hòa' };

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** The offshore parts of the geometries of `object` in `topology` whose property `key` is one of `codes` (all: null). */
function offshore(topology: Topology, object: string, key: 'code', codes: readonly string[] | null): Map<string, Position[][][]> {
  const collection = topology.objects[object] as GeometryCollection<{ code: string }> | undefined;
  const out = new Map<string, Position[][][]>();
  if (!collection) return out;
  const wanted = collection.geometries.filter((g) => !codes || codes.includes((g.properties as { code: string } | undefined)?.[key] ?? ''));
  const fc = feature(topology, { ...collection, geometries: wanted as GeometryObject<{ code: string }>[] }) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string }
  >;
  for (const f of fc.features as Feature<Polygon | MultiPolygon, { code: string }>[]) {
    const parts = polygonsOf(f.geometry).filter((poly) => poly[0].every(([lon]) => lon > OFFSHORE_LON));
    if (parts.length) out.set(f.properties.code, parts);
  }
  return out;
}

/**
 * The archipelagos the scene holds, labelled "Hoàng Sa (Đà Nẵng)" (`label`), or none. `communesTopology`: today's
 * communes of the whole country (its provinces object), which the national "Xã" tier is drawn from.
 */
export function archipelagosOf(s: AppState, label: (island: string, province: string) => string, communesTopology: Topology | null = null): Archipelago[] {
  const scene = selectScene(s);
  const named = (byProvince: Map<string, Position[][][]>) =>
    ISLANDS_2025.filter((i) => byProvince.has(i.province)).map((i) => ({
      code: i.code,
      label: label(i.name, PROVINCE_NAMES[i.province]),
      polygons: byProvince.get(i.province)!,
    }));
  const provinces: readonly string[] = ISLANDS_2025.map((i) => i.province);
  if (scene.kind === 'national') {
    const topology = scene.communes ? communesTopology : scene.newProvinces && s.provinces2025Topology ? s.provinces2025Topology : s.nationalTopology;
    return topology ? named(offshore(topology, 'provinces', 'code', provinces)) : [];
  }
  if (scene.kind === 'reform' && s.province2025 && s.province2025.code === s.history?.newProvince.code && provinces.includes(s.province2025.code)) {
    const own = ISLANDS_2025.filter((i) => i.province === s.province2025!.code);
    const byCode = offshore(
      s.province2025.topology,
      'communes',
      'code',
      own.map((i) => i.code),
    );
    return own
      .filter((i) => byCode.has(i.code))
      .map((i) => ({ code: i.code, label: label(i.name, PROVINCE_NAMES[i.province]), polygons: byCode.get(i.code)! }));
  }
  // Before 1 July 2025: the district of Hoàng Sa (Đà Nẵng) or Trường Sa (Khánh Hòa), framed out with the mainland.
  const code = s.provinces.find((p) => p.slug === s.provinceSlug)?.code;
  const own = ISLANDS_2025.find((i) => i.province === code);
  if (scene.kind === 'province' && own && s.topology) {
    const polygons = [...offshore(s.topology, 'districts', 'code', null).values()].flat();
    return polygons.length ? [{ code: own.code, label: label(own.name, PROVINCE_NAMES[own.province]), polygons }] : [];
  }
  return [];
}

interface Shown {
  drawing: InsetDrawing;
  element: HTMLElement;
}
const shownByMap = new WeakMap<MapLibreMap, Shown>();

/** The inset as on screen, for the PNG export: its drawing and its box in CSS px from the map canvas's corner. */
export function insetForExport(map: MapLibreMap): { drawing: InsetDrawing; left: number; top: number } | null {
  const shown = shownByMap.get(map);
  if (!shown || shown.element.hidden) return null;
  const box = shown.element.getBoundingClientRect();
  const canvas = map.getCanvas().getBoundingClientRect();
  return { drawing: shown.drawing, left: box.left - canvas.left, top: box.top - canvas.top };
}

const SVG = 'http://www.w3.org/2000/svg';

function render(element: HTMLElement, drawing: InsetDrawing): void {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(drawing.width));
  svg.setAttribute('height', String(drawing.height));
  svg.setAttribute('viewBox', `0 0 ${drawing.width} ${drawing.height}`);
  for (const part of drawing.parts) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', ringsPath(part.rings));
    path.setAttribute('fill', '#8a9aa6');
    path.setAttribute('stroke', '#2d3a44');
    // Islets are specks at this scale: a stroke wide enough to see each one.
    path.setAttribute('stroke-width', '1.6');
    path.setAttribute('stroke-linejoin', 'round');
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('font-size', '11');
    text.setAttribute('font-weight', '600');
    text.setAttribute('fill', '#1d2b36');
    part.lines.forEach((line, i) => {
      const span = document.createElementNS(SVG, 'tspan');
      span.setAttribute('x', String(part.labelAt[0]));
      span.setAttribute('y', String(part.labelAt[1] + i * LINE));
      span.textContent = line;
      text.append(span);
    });
    svg.append(path, text);
  }
  element.replaceChildren(svg);
}

export function islandsLayer(handle: MapHandle): () => void {
  const { map, store } = handle;
  const element = document.createElement('div');
  element.className = 'islands-inset';
  element.hidden = true;
  element.setAttribute('aria-hidden', 'true');
  Object.assign(element.style, {
    position: 'absolute',
    right: '8px',
    background: 'rgba(255,255,255,0.92)',
    border: '1px solid #8a949c',
    borderRadius: '4px',
    pointerEvents: 'none',
    zIndex: '2',
  });
  map.getContainer().append(element);
  let archipelagos: Archipelago[] = [];
  let communesTopology: Topology | null = null;
  /** Archipelagos that have been in the inset, and when the inset last changed (ms). */
  const inset = new Set<string>();
  let changes: number[] = [];
  const update = () => {
    // In the inset unless every island is on the map, clear of its edges and of what is docked over it.
    let out = archipelagos.filter((a) => !wholeOnMap(map, boxOf(a.polygons)));
    // The camera frames clear of the inset, which may bring an archipelago in view and take it out of the inset, and
    // so on: past a few changes in two seconds, what has been in stays in (until the scene changes or the user moves).
    const key = out.map((a) => a.code).join(',');
    if (key !== element.dataset.islands) {
      const now = performance.now();
      changes = [...changes.filter((t) => now - t < 2000), now];
    }
    if (changes.length > 3) out = archipelagos.filter((a) => inset.has(a.code) || out.includes(a));
    for (const a of out) inset.add(a.code);
    const narrow = map.getContainer().clientWidth < 500;
    const drawing = out.length ? insetDrawing(out, narrow ? 104 : 140, narrow ? 60 : 84) : null;
    element.hidden = !drawing;
    element.dataset.islands = out.map((a) => a.code).join(',');
    if (drawing) {
      render(element, drawing);
      // Placed once drawn (its height is measured); on the national views clear of land where a corner allows.
      place(map, element, drawing.width, selectScene(store.getState()).kind === 'national' ? [NATIONAL_LAYERS[0], NATIONAL_COMMUNE_LAYERS[0]] : []);
      shownByMap.set(map, { drawing, element });
    } else shownByMap.delete(map);
    // No map label under the inset (src/map/label-overlay.ts places them clear of it).
    handle.labels.refresh();
  };
  const stop = follow(
    store,
    (s) => [selectScene(s), s.nationalTopology, s.provinces2025Topology, s.province2025, s.history, s.topology, s.provinceSlug, selectT(s)],
    (s) => {
      const t = selectT(s);
      const label = (island: string, province: string) => t('national.island', { island, province });
      archipelagos = archipelagosOf(s, label, communesTopology);
      inset.clear();
      changes = [];
      update();
      // The "Xã" tier is drawn from today's communes file (./national-communes-2025, fetched once for both).
      const scene = selectScene(s);
      if (scene.kind === 'national' && scene.communes && !communesTopology)
        void fetchCommunes2025National()
          .then((topology) => {
            communesTopology = topology;
            const now = store.getState();
            const sceneNow = selectScene(now);
            if (sceneNow.kind !== 'national' || !sceneNow.communes) return;
            archipelagos = archipelagosOf(now, label, communesTopology);
            update();
          })
          .catch(() => undefined);
    },
  );
  const onUserMove = (e: { originalEvent?: unknown }) => {
    if (!e.originalEvent) return;
    inset.clear();
    changes = [];
  };
  map.on('movestart', onUserMove);
  map.on('moveend', update);
  map.on('resize', update);
  // A legend or notice docked later may cover an archipelago (or leave it free) without the map moving.
  const stopOverlays = onOverlaysChange(map, update);
  return () => {
    stop();
    stopOverlays();
    map.off('movestart', onUserMove);
    map.off('moveend', update);
    map.off('resize', update);
    element.remove();
  };
}
