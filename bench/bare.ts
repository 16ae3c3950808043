/**
 * Benchmark baseline: MapLibre drawing the same generated TopoJSON as the app, with no app code.
 *   bare.html?code=38      one province's districts (fill + outline)
 *   bare.html?national=1   the national layer (districts + province outlines)
 * Exposes window.bare = { map, loadedAt, repaint(colours) } for the benchmark runner.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const national = params.get('national') === '1';
const url = national ? '/generated/national.topo.json' : `/generated/boundaries/${params.get('code')}.topo.json`;

declare global {
  interface Window {
    bare?: { map: MapLibreMap; loadedAt?: number; codes: string[]; repaint: (colours: string[]) => Promise<number> };
  }
}

const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef2f3' } }] },
  center: [106, 16],
  zoom: 5,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
window.bare = {
  map,
  codes: [],
  repaint(colours) {
    const t0 = performance.now();
    const codes = window.bare!.codes;
    codes.forEach((code, i) => map.setFeatureState({ source: 'd', id: code }, { fill: colours[i % colours.length] }));
    return new Promise((resolve) => map.once('idle', () => resolve(performance.now() - t0)));
  },
};
map.on('load', async () => {
  const topo = (await (await fetch(url)).json()) as Topology;
  const districts = feature(topo, topo.objects.districts as GeometryCollection) as unknown as GeoJSON.FeatureCollection;
  window.bare!.codes = districts.features.map((f) => String((f.properties as { code: string }).code));
  map.addSource('d', { type: 'geojson', data: districts, promoteId: 'code' });
  map.addLayer({ id: 'fill', type: 'fill', source: 'd', paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], '#d4d4d4']], 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'line', type: 'line', source: 'd', paint: { 'line-color': '#444', 'line-width': national ? 0.3 : 0.8 } });
  if (national) {
    map.addSource('p', { type: 'geojson', data: feature(topo, topo.objects.provinces as GeometryCollection) as unknown as GeoJSON.FeatureCollection });
    map.addLayer({ id: 'pline', type: 'line', source: 'p', paint: { 'line-color': '#2d3a44', 'line-width': 0.9 } });
  }
  const box = national ? [102.1, 8.4, 109.5, 23.4] : topo.bbox!;
  map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { padding: 24, animate: false });
  (map.getSource('d') as GeoJSONSource).on?.('data', () => undefined);
  map.once('idle', () => {
    window.bare!.loadedAt = performance.now();
  });
});
