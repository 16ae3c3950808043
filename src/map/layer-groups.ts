/**
 * Adds a group of layers (./style) to the map the first time it is needed, each layer in its place in the
 * drawing order whatever groups are already there.
 */
import type { FeatureCollection } from 'geojson';
import type { AddLayerObject, SourceSpecification } from 'maplibre-gl';
import { allLayers, GROUP_SOURCES, sourceSpec, type LayerGroup } from './style';

/** The part of MapLibre's map this uses (a plain object in unit tests). */
export interface GroupableMap {
  getSource(id: string): unknown;
  addSource(id: string, source: SourceSpecification): unknown;
  getLayer(id: string): unknown;
  addLayer(layer: AddLayerObject, beforeId?: string): unknown;
}

/** Whether the group's layers are on the map. */
export function hasGroup(map: GroupableMap, group: LayerGroup): boolean {
  return GROUP_SOURCES[group].every((id) => map.getSource(id) !== undefined);
}

/**
 * Adds the group's sources and layers unless they are there; a source starts with `data[id]` when given (the tiles
 * are cut once, not for an empty source and again for its data), else empty.
 */
export function ensureGroup(map: GroupableMap, group: LayerGroup, data: Partial<Record<string, FeatureCollection>> = {}): void {
  if (hasGroup(map, group)) return;
  const sources = GROUP_SOURCES[group];
  for (const id of sources) if (map.getSource(id) === undefined) map.addSource(id, sourceSpec(id, data[id]));
  const order = allLayers();
  order.forEach((layer, i) => {
    if (!('source' in layer) || !sources.includes(layer.source as string) || map.getLayer(layer.id)) return;
    // Before the first layer drawn after it that the map already has.
    const before = order.slice(i + 1).find((next) => map.getLayer(next.id));
    map.addLayer(layer as AddLayerObject, before?.id);
  });
}
