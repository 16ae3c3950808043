import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { setPaint, setSourceData, setVisible, type UpdatableMap } from '../../src/map/map-updates';

/** A map that records the changes made to it, like MapLibre's (each of which redraws the map). */
function recordingMap(initialData: Record<string, FeatureCollection>) {
  const layout = new Map<string, unknown>([
    ['a/visibility', 'visible'],
    ['b/visibility', 'none'],
  ]);
  const paint = new Map<string, unknown>([['line/line-color', ['case', ['boolean', ['feature-state', 'selected'], false], '#c0392b', '#444']]]);
  const data = new Map(Object.entries(initialData));
  const changes: string[] = [];
  const map: UpdatableMap = {
    getLayer: (layer) => (['a', 'b', 'line'].includes(layer) ? { id: layer } : undefined),
    getLayoutProperty: (layer, name) => layout.get(`${layer}/${name}`),
    setLayoutProperty: (layer, name, value) => {
      changes.push(`layout ${layer} ${name}`);
      layout.set(`${layer}/${name}`, value);
    },
    getPaintProperty: (layer, name) => paint.get(`${layer}/${name}`),
    setPaintProperty: (layer, name, value) => {
      changes.push(`paint ${layer} ${name}`);
      paint.set(`${layer}/${name}`, value);
    },
    getSource: (id) =>
      data.has(id)
        ? {
            serialize: () => ({ type: 'geojson', data: data.get(id) }),
            setData: (fc: FeatureCollection) => {
              changes.push(`data ${id}`);
              data.set(id, fc);
            },
          }
        : undefined,
  };
  return { map, changes, layout, paint };
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
const onePoint = (): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code: '1' }, geometry: { type: 'Point', coordinates: [105, 20] } }],
});

describe('map changes made only when they change something', () => {
  it('shows and hides only the layers not already so', () => {
    const { map, changes, layout } = recordingMap({});
    setVisible(map, ['a', 'b'], true);
    expect(changes).toEqual(['layout b visibility']);
    expect(layout.get('b/visibility')).toBe('visible');
    setVisible(map, ['a', 'b'], true);
    expect(changes).toHaveLength(1);
    setVisible(map, ['a', 'b'], false);
    expect(changes).toEqual(['layout b visibility', 'layout a visibility', 'layout b visibility']);
    // A layer of a group not on the map yet is hidden already; showing it is a mistake.
    setVisible(map, ['not-added'], false);
    expect(changes).toHaveLength(3);
    expect(() => setVisible(map, ['not-added'], true)).toThrow(/not-added/);
  });

  it('compares paint values by content (expressions are rebuilt on every call)', () => {
    const { map, changes } = recordingMap({});
    setPaint(map, 'line', 'line-color', ['case', ['boolean', ['feature-state', 'selected'], false], '#c0392b', '#444']);
    expect(changes).toEqual([]);
    setPaint(map, 'line', 'line-color', ['case', ['boolean', ['feature-state', 'selected'], false], '#c0392b', '#111']);
    expect(changes).toEqual(['paint line line-color']);
  });

  it('gives a source new data unless it holds the same collection or both are empty', () => {
    const points = onePoint();
    const { map, changes } = recordingMap({ communes: empty(), districts: points });
    setSourceData(map, 'communes', empty());
    setSourceData(map, 'districts', points);
    expect(changes).toEqual([]);
    setSourceData(map, 'communes', onePoint());
    setSourceData(map, 'districts', onePoint()); // equal content, new object: new data from the store
    expect(changes).toEqual(['data communes', 'data districts']);
    setSourceData(map, 'communes', empty());
    expect(changes).toEqual(['data communes', 'data districts', 'data communes']);
    setSourceData(map, 'not-added', empty()); // nothing to empty
    expect(() => setSourceData(map, 'not-added', onePoint())).toThrow(/not-added/);
  });
});
