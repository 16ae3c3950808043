/**
 * Benchmark baseline: MapLibre drawing the same generated TopoJSON as the app, with the same fills, outlines and
 * HTML labels (the app's own label overlay and label points), and no other app code.
 *   bare.html?code=38              one province's districts (fill, outline, district labels)
 *   bare.html?national=1           the national layer (districts, province outlines, province labels)
 *   bare.html?communes2025=1       all 3,321 communes of 2025 (fill, outline), the 34 provinces' outlines and labels
 *   bare.html?province2025=38      one 2025 province's communes (fill, outline, commune labels) and its outline
 *   bare.html?code=38&import=38    as ?code=38, then a commune file chosen in #bare-file is read, parsed (GeoJSON) and
 *                                  the province's communes in it (ma_tinh) added with fill, outline and commune labels,
 *                                  as the app's Data tab draws an imported file (scripts/bench/import.ts)
 * Exposes window.bare = { map, loadedAt, repaint(colours) } for the benchmark runner (scripts/bench).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { labelPoints } from '../src/geo/labels';
import { LabelOverlay, mapLabels, type LabelKind } from '../src/map/label-overlay';
import planProvinces from '../data/plan-provinces.json';

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
type Mode = { url: string; units: string; outline?: string; labelsOf: 'units' | 'outline'; kind: LabelKind; width: number; national: boolean };
const mode: Mode = params.get('national')
  ? { url: 'generated/national.topo.json', units: 'districts', outline: 'provinces', labelsOf: 'outline', kind: 'national', width: 0.3, national: true }
  : params.get('communes2025')
    ? { url: 'generated/2025/communes.topo.json', units: 'communes', outline: 'provinces', labelsOf: 'outline', kind: 'national', width: 0.2, national: true }
    : params.get('province2025')
      ? {
          url: `generated/2025/communes/${params.get('province2025')}.topo.json`,
          units: 'communes',
          outline: 'provinces',
          labelsOf: 'units',
          kind: 'commune',
          width: 0.6,
          national: false,
        }
      : { url: `generated/boundaries/${params.get('code')}.topo.json`, units: 'districts', labelsOf: 'units', kind: 'district', width: 0.8, national: false };

declare global {
  interface Window {
    bare?: {
      map: MapLibreMap;
      loadedAt?: number;
      codes: string[];
      repaint: (colours: string[]) => Promise<number>;
      /** ?import: when the file was chosen, and when its polygons were drawn (the map's next idle). */
      importStart?: number;
      importedAt?: number;
      imported?: number;
    };
  }
}

type Units = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
// The data starts loading with the page, as the app's index.html does for a linked province.
const data = fetch(mode.url).then((r) => r.json() as Promise<Topology>);
const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef2f3' } }] },
  center: [106, 16],
  zoom: 5,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  attributionControl: false,
});
const labels = new LabelOverlay(map);
window.bare = {
  map,
  codes: [],
  repaint(colours) {
    const t0 = performance.now();
    window.bare!.codes.forEach((code, i) => map.setFeatureState({ source: 'd', id: code }, { fill: colours[i % colours.length] }));
    return new Promise((resolve) => map.once('idle', () => resolve(performance.now() - t0)));
  },
};
map.on('load', async () => {
  const topo = await data;
  const units = feature(topo, topo.objects[mode.units] as GeometryCollection) as unknown as Units;
  for (const f of units.features) f.properties.code = String(f.properties.code);
  window.bare!.codes = units.features.map((f) => f.properties.code);
  map.addSource('d', { type: 'geojson', data: units, promoteId: 'code' });
  map.addLayer({
    id: 'fill',
    type: 'fill',
    source: 'd',
    paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], '#d4d4d4']], 'fill-opacity': 0.85 },
  });
  map.addLayer({ id: 'line', type: 'line', source: 'd', paint: { 'line-color': '#444', 'line-width': mode.width } });
  let outline: Units | null = null;
  if (mode.outline && topo.objects[mode.outline]) {
    outline = feature(topo, topo.objects[mode.outline] as GeometryCollection) as unknown as Units;
    for (const f of outline.features) f.properties.code = String(f.properties.code);
    map.addSource('p', { type: 'geojson', data: outline });
    map.addLayer({ id: 'pline', type: 'line', source: 'p', paint: { 'line-color': '#2d3a44', 'line-width': 0.9 } });
  }
  // As the app: the national overview names the five plan provinces; a province, each of its units.
  const planCodes = new Set(planProvinces.provinces.map((p) => p.gsoCode));
  const labelled =
    mode.labelsOf === 'outline' && outline
      ? { ...outline, features: outline.features.filter((f) => !params.get('national') || planCodes.has(f.properties.code)) }
      : units;
  // A unit whose outline turf rejects (an unclosed ring after simplification) is left unlabelled.
  const points = labelled.features.flatMap((f) => {
    try {
      return labelPoints({ type: 'FeatureCollection', features: [f] }, (p) => p.name.normalize('NFC')).features;
    } catch {
      return [];
    }
  });
  labels.set(mode.kind, mapLabels({ type: 'FeatureCollection', features: points }));
  labels.show(mode.kind, true);
  const box = mode.national ? [102.1, 8.4, 109.5, 23.4] : (topo.bbox ?? [102.1, 8.4, 109.5, 23.4]);
  map.fitBounds(
    [
      [box[0], box[1]],
      [box[2], box[3]],
    ],
    { padding: 24, animate: false },
  );
  map.once('idle', () => {
    window.bare!.loadedAt = performance.now();
  });
  if (params.get('import')) importOnChoice(params.get('import')!);
});

/** The import scenario: the chosen file's communes of `province`, added as the app adds an imported file. */
function importOnChoice(province: string) {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'bare-file';
  input.style.cssText = 'position:absolute;top:0;left:0;z-index:2';
  document.body.append(input);
  input.addEventListener('change', async () => {
    window.bare!.importStart = performance.now();
    performance.mark('import:chosen');
    const file = input.files![0];
    const all = JSON.parse(await file.text()) as FeatureCollection<Polygon | MultiPolygon, { ma_tinh: string; ma_xa: string; ten_xa: string }>;
    const communes: Units = {
      type: 'FeatureCollection',
      features: all.features
        .filter((f) => String(f.properties.ma_tinh) === province)
        .map((f) => ({ type: 'Feature', properties: { code: String(f.properties.ma_xa), name: f.properties.ten_xa }, geometry: f.geometry })),
    };
    map.addSource('c', { type: 'geojson', data: communes, promoteId: 'code' });
    map.addLayer({
      id: 'cfill',
      type: 'fill',
      source: 'c',
      paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], '#d4d4d4']], 'fill-opacity': 0.85 },
    });
    map.addLayer({ id: 'cline', type: 'line', source: 'c', paint: { 'line-color': '#444', 'line-width': 0.5 } });
    labels.set('commune', mapLabels(labelPoints(communes, (p) => p.name.replace(/^(Xã|Phường|Thị trấn) /, ''))));
    labels.show(mode.kind, false);
    labels.show('commune', true);
    window.bare!.imported = communes.features.length;
    map.once('idle', () => {
      window.bare!.importedAt = performance.now();
      performance.mark('import:drawn');
    });
  });
}
