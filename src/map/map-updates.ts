/**
 * Changes to the map's layers and sources that are made only when they change something. MapLibre redraws the
 * whole map after every setLayoutProperty, setPaintProperty or setData, even one that sets the value already
 * there, and without a GPU each redrawn frame costs about as much as a full load step; the app's effects re-run
 * on many store changes, so they go through these.
 */
import type { FeatureCollection } from 'geojson';

/** The part of MapLibre's map these helpers use (a plain object in unit tests). */
export interface UpdatableMap {
  getLayer(layer: string): unknown;
  getLayoutProperty(layer: string, name: string): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  getPaintProperty(layer: string, name: string): unknown;
  setPaintProperty(layer: string, name: string, value: unknown): unknown;
  getSource(id: string): unknown;
}

interface DataSource {
  serialize(): { data?: unknown };
  setData(data: FeatureCollection): unknown;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function setLayout(map: UpdatableMap, layer: string, name: string, value: unknown): void {
  if (!same(map.getLayoutProperty(layer, name), value)) map.setLayoutProperty(layer, name, value);
}

export function setPaint(map: UpdatableMap, layer: string, name: string, value: unknown): void {
  if (!same(map.getPaintProperty(layer, name), value)) map.setPaintProperty(layer, name, value);
}

/** Shows or hides layers (only those not already so). A layer not added yet (./layer-groups) is hidden already. */
export function setVisible(map: UpdatableMap, layers: readonly string[], visible: boolean): void {
  for (const layer of layers) {
    if (map.getLayer(layer) === undefined) {
      if (visible) throw new Error(`No map layer "${layer}"`);
      continue;
    }
    setLayout(map, layer, 'visibility', visible ? 'visible' : 'none');
  }
}

const isEmptyCollection = (data: unknown) =>
  typeof data === 'object' && data !== null && (data as FeatureCollection).type === 'FeatureCollection' && (data as FeatureCollection).features.length === 0;

/**
 * Gives a GeoJSON source new data, unless it already holds this very collection or both are empty. A source not
 * added yet (./layer-groups) holds nothing: emptying it is nothing to do.
 */
export function setSourceData(map: UpdatableMap, id: string, data: FeatureCollection): void {
  const source = map.getSource(id) as DataSource | undefined;
  if (!source && isEmptyCollection(data)) return;
  if (!source) throw new Error(`No map source "${id}"`);
  const current = source.serialize().data;
  if (current === data || (isEmptyCollection(current) && isEmptyCollection(data))) return;
  source.setData(data);
}
