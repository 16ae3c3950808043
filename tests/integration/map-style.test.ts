import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { communeMatches } from '../../src/domain/filters';
import { communeCategories } from '../../src/domain/views';
import { viewCategories } from '../../src/domain/view-facts';
import { changedPaint, communePaint, districtPaint } from '../../src/map/unit-paint';
import { allLayers, GROUP_SOURCES, mapStyle } from '../../src/map/style';
import { COMMUNE_HATCH, COMMUNE_LAYERS, NATIONAL_LAYERS, PROVINCE_LAYERS, REFORM_LAYERS, SOURCE } from '../../src/map/layer-ids';
import { loadProvinceModel } from '../../scripts/lib/province-model';

const polygon = {
  type: 'Feature' as const,
  properties: { code: '380', name: 'Thành phố Thanh Hóa' },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [105.7, 19.7],
        [105.9, 19.7],
        [105.9, 19.9],
        [105.7, 19.7],
      ],
    ],
  },
};

describe('the map style (created with the map, not validated at start)', () => {
  it('is a valid MapLibre style, with and without the first province in it', () => {
    expect(validateStyleMin(mapStyle())).toEqual([]);
    const withData = mapStyle({ districts: { type: 'FeatureCollection', features: [polygon] } });
    expect(validateStyleMin(withData)).toEqual([]);
    expect(withData.sources[SOURCE]).toMatchObject({ type: 'geojson', promoteId: 'code', data: { features: [polygon] } });
  });

  it('asks for nothing beyond the origin: no tiles, glyphs or sprites', () => {
    const style = mapStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('starts with the background and the districts only; every layer the app toggles is in the full order, its visibility written out', () => {
    const style = mapStyle();
    expect(Object.keys(style.sources)).toEqual([SOURCE]);
    expect(style.layers.map((l) => l.id)).toEqual(['background', ...PROVINCE_LAYERS]);
    const all = allLayers();
    const ids = all.map((l) => l.id);
    // The communes' hatching is a custom layer added with them (tests/unit/map-layers.test.ts).
    for (const id of [...PROVINCE_LAYERS, ...NATIONAL_LAYERS, ...REFORM_LAYERS, ...COMMUNE_LAYERS]) expect(ids).toContain(id);
    expect(ids).not.toContain(COMMUNE_HATCH);
    const groupSources = Object.values(GROUP_SOURCES).flat();
    for (const layer of all) {
      if (layer.type === 'background') continue;
      expect(groupSources).toContain(layer.source);
      expect(layer.layout?.visibility, layer.id).toBe(PROVINCE_LAYERS.includes(layer.id) ? 'visible' : 'none');
    }
    // Drawing order: fills, then outlines (the hatching, a custom layer, is added between them: ./map-layers.test). Labels are HTML text over the map (no symbol layers,
    // so MapLibre never rasterises glyphs).
    expect(ids.indexOf('commune-line')).toBeLessThan(ids.indexOf('district-line'));
    expect(all.filter((l) => l.type === 'symbol')).toEqual([]);
  });
});

describe('district paint (feature-state set only where it changes)', () => {
  const model = loadProvinceModel('thanh-hoa');
  const codes = model.districts.map((d) => d.code);

  it('paints every district from its category in the view', () => {
    for (const [view, year] of [
      ['level', 2024],
      ['registration', 2024],
      ['agency', 2024],
    ] as const) {
      const paint = districtPaint(model, view, year, {}, codes);
      const categories = viewCategories(model, view, year);
      expect(paint.size).toBe(codes.length);
      for (const code of codes) {
        expect(paint.get(code)!.nodata).toBe((categories.get(code) ?? 'no-data') === 'no-data');
        expect(paint.get(code)!.dim).toBe(false);
      }
    }
  });

  it('reports all districts the first time, none when nothing changed, and only the ones that changed', () => {
    const level = districtPaint(model, 'level', 2024, {}, codes);
    expect(changedPaint(null, level)).toHaveLength(codes.length);
    expect(changedPaint(level, districtPaint(model, 'level', 2024, {}, codes))).toEqual([]);
    const registration = districtPaint(model, 'registration', 2024, {}, codes);
    const changed = changedPaint(level, registration).map(([code]) => code);
    const differing = codes.filter((c) => level.get(c)!.fill !== registration.get(c)!.fill || level.get(c)!.nodata !== registration.get(c)!.nodata);
    expect(differing.length).toBeGreaterThan(0);
    expect(changed.sort()).toEqual(differing.sort());
  });

  it('paints communes the same way, dimmed only where an active filter leaves them out', () => {
    const communes = model.communes.map((c) => c.code);
    const categories = communeCategories(model, 'registration', 2024);
    expect([...communePaint(model, 'registration', 2024, {}, communes).values()].some((p) => p.dim)).toBe(false);
    const filter = { registrationYear: 2024 };
    const paint = communePaint(model, 'registration', 2024, filter, communes);
    for (const code of communes) {
      expect(paint.get(code)!.nodata).toBe((categories.get(code) ?? 'no-data') === 'no-data');
      expect(paint.get(code)!.dim).toBe(!communeMatches(model, code, filter));
    }
    expect([...paint.values()].some((p) => p.dim)).toBe(true);
  });
});
