/**
 * Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) always on the map: where the frame leaves an archipelago out (the
 * national views on a narrow screen, the 2025 Đà Nẵng and Khánh Hòa views framed on their mainland), an inset in
 * the map's lower right corner draws its islands and names it. The PNG export draws the same inset
 * (insetForExport). Geometry from the data already loaded: the 2025 province or provinces file, else the
 * national layer (whose archipelago districts keep every point, scripts/lib/boundaries.ts).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { boxOf, boxWithin, insetDrawing, LINE, ringsPath, type Archipelago, type Box, type InsetDrawing } from '../../geo/islands-inset';
import { selectScene, selectT } from '../../state/selectors';
import type { AppState } from '../../state/types';
import { follow, type MapHandle } from '../handle';
import { ISLANDS_2025, OFFSHORE_LON } from './national-2025';

const middleOf = (b: Box): Box => {
  const [x, y] = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  return [x, y, x, y];
};

const PROVINCE_NAMES: Record<string, string> = { '48': 'Đà Nẵng', '56': 'Khánh Hòa' };

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** The offshore parts of the geometries of `object` in `topology` whose property `key` is one of `codes`. */
function offshore(topology: Topology, object: string, key: 'code', codes: readonly string[]): Map<string, Position[][][]> {
  const collection = topology.objects[object] as GeometryCollection<{ code: string }> | undefined;
  const out = new Map<string, Position[][][]>();
  if (!collection) return out;
  const wanted = collection.geometries.filter((g) => codes.includes((g.properties as { code: string } | undefined)?.[key] ?? ''));
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

/** The archipelagos the scene holds, labelled "Hoàng Sa (Đà Nẵng)" (`label`), or none. */
export function archipelagosOf(s: AppState, label: (island: string, province: string) => string): Archipelago[] {
  const scene = selectScene(s);
  const named = (byProvince: Map<string, Position[][][]>) =>
    ISLANDS_2025.filter((i) => byProvince.has(i.province)).map((i) => ({
      code: i.code,
      label: label(i.name, PROVINCE_NAMES[i.province]),
      polygons: byProvince.get(i.province)!,
    }));
  const provinces: readonly string[] = ISLANDS_2025.map((i) => i.province);
  if (scene.kind === 'national') {
    const topology = scene.newProvinces && s.provinces2025Topology ? s.provinces2025Topology : s.nationalTopology;
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
  const update = () => {
    const b = map.getBounds();
    const view: Box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    // In the inset when the archipelago's middle (where the map labels it) is out of the frame.
    const out = archipelagos.filter((a) => !boxWithin(middleOf(boxOf(a.polygons)), view));
    const narrow = map.getContainer().clientWidth < 500;
    const drawing = out.length ? insetDrawing(out, narrow ? 104 : 140, narrow ? 60 : 84) : null;
    element.hidden = !drawing;
    // Above the attribution (one or two lines, by the map's width).
    const attribution = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
    element.style.bottom = `${(attribution?.offsetHeight ?? 20) + 8}px`;
    element.dataset.islands = out.map((a) => a.code).join(',');
    if (drawing) {
      render(element, drawing);
      shownByMap.set(map, { drawing, element });
    } else shownByMap.delete(map);
  };
  const stop = follow(
    store,
    (s) => [selectScene(s), s.nationalTopology, s.provinces2025Topology, s.province2025, s.history, selectT(s)],
    (s) => {
      const t = selectT(s);
      archipelagos = archipelagosOf(s, (island, province) => t('national.island', { island, province }));
      update();
    },
  );
  map.on('moveend', update);
  map.on('resize', update);
  return () => {
    stop();
    map.off('moveend', update);
    map.off('resize', update);
    element.remove();
  };
}
