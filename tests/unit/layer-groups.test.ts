import type { AddLayerObject, SourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { ensureGroup, hasGroup, type GroupableMap } from '../../src/map/layer-groups';
import { allLayers, GROUP_SOURCES, mapStyle, type LayerGroup } from '../../src/map/style';
import { COMMUNES, NATIONAL_COMMUNES, NATIONAL_PROVINCES, NEW_COMMUNES } from '../../src/map/layer-ids';

/** A map holding the initial style, adding layers before a given one as MapLibre does. */
function styleMap() {
  const style = mapStyle();
  const sources = new Map<string, SourceSpecification>(Object.entries(style.sources));
  const layers: string[] = style.layers.map((l) => l.id);
  const map: GroupableMap = {
    getSource: (id) => sources.get(id),
    addSource: (id, source) => {
      if (sources.has(id)) throw new Error(`source ${id} exists`);
      sources.set(id, source);
    },
    getLayer: (id) => (layers.includes(id) ? { id } : undefined),
    addLayer: (layer: AddLayerObject, before?: string) => {
      if (layers.includes(layer.id)) throw new Error(`layer ${layer.id} exists`);
      if (before !== undefined && !layers.includes(before)) throw new Error(`no layer ${before}`);
      layers.splice(before === undefined ? layers.length : layers.indexOf(before), 0, layer.id);
    },
  };
  return { map, sources, layers };
}

const order = allLayers().map((l) => l.id);

describe('layer groups added when first shown', () => {
  it('keeps the drawing order whatever order the groups come in', () => {
    const sequences: LayerGroup[][] = [
      ['communes', 'national', 'reform', 'national-communes'],
      ['reform', 'national-communes', 'national', 'communes'],
      ['national-communes', 'national', 'communes', 'reform'],
    ];
    for (const sequence of sequences) {
      const { map, layers } = styleMap();
      for (const group of sequence) {
        expect(hasGroup(map, group)).toBe(false);
        ensureGroup(map, group);
        expect(hasGroup(map, group)).toBe(true);
        // Whatever is on the map is in the full order.
        expect(layers).toEqual(order.filter((id) => layers.includes(id)));
      }
      expect(layers).toEqual(order);
    }
  });

  it('adds a group once, with empty sources addressed by code where features are painted', () => {
    const { map, sources, layers } = styleMap();
    ensureGroup(map, 'communes');
    const count = layers.length;
    ensureGroup(map, 'communes');
    expect(layers).toHaveLength(count);
    expect(sources.get(COMMUNES)).toMatchObject({ type: 'geojson', promoteId: 'code', data: { type: 'FeatureCollection', features: [] } });
    ensureGroup(map, 'national');
    ensureGroup(map, 'reform');
    ensureGroup(map, 'national-communes');
    expect(sources.get(NATIONAL_PROVINCES)).toMatchObject({ promoteId: 'code' });
    // Today's communes nationally: hovered by code (their paint is in their properties).
    expect(sources.get(NATIONAL_COMMUNES)).toMatchObject({ promoteId: 'code' });
    expect(sources.get(NEW_COMMUNES)).toMatchObject({ promoteId: 'code' });
    expect([...sources.keys()].sort()).toEqual(Object.values(GROUP_SOURCES).flat().sort());
  });
});
