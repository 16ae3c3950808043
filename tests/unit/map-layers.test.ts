/** Map layers following the store (src/map/layers, src/map/interactions), on a stand-in for MapLibre's map. */
import { describe, expect, it, vi } from 'vitest';
import { emptyOverlay } from '../../src/domain/overlay';
import type { MapHandle } from '../../src/map/handle';
import { followHover } from '../../src/map/interactions';
import { communeLayer } from '../../src/map/layers/commune';
import type { HatchLayer } from '../../src/map/render/hatch-layer';
import { provinceLayer } from '../../src/map/layers/province';
import { COMMUNE_LAYERS, COMMUNES, SOURCE } from '../../src/map/layer-ids';
import { allLayers, mapStyle } from '../../src/map/style';
import { selectDistrictFeatures } from '../../src/state/selectors';
import { createAppStore } from '../../src/state/store';
import { tinyDistrictBoundaries, tinyModel } from '../fixtures/tiny-province';

/** Records what the layers do to the map: feature-state, layout, paint and data changes. */
function fakeMap() {
  const style = mapStyle();
  const layout = new Map<string, unknown>(allLayers().map((l) => [`${l.id}:visibility`, (l.layout as { visibility?: string } | undefined)?.visibility]));
  const present = new Set(style.layers.map((l) => l.id));
  const data = new Map<string, unknown>();
  const sources = new Set(Object.keys(style.sources));
  const states: { source: string; id: string; state: Record<string, unknown> }[] = [];
  const calls: string[] = [];
  // Sources still reading data they were given (MapLibre's worker), and who waits for them to be done.
  const reading = new Set<string>();
  // Layers added after the style (custom ones included), by id.
  const added = new Map<string, unknown>();
  const listeners = new Map<string, Set<(e: object) => void>>();
  const map = {
    getLayer: (id: string) => (present.has(id) ? { id } : undefined),
    getLayoutProperty: (id: string, name: string) => layout.get(`${id}:${name}`),
    setLayoutProperty: (id: string, name: string, value: unknown) => {
      calls.push(`layout ${id} ${name}=${String(value)}`);
      layout.set(`${id}:${name}`, value);
    },
    getPaintProperty: () => undefined,
    setPaintProperty: (id: string, name: string, value: unknown) => calls.push(`paint ${id} ${name}=${JSON.stringify(value)}`),
    getSource: (id: string) =>
      sources.has(id)
        ? {
            serialize: () => ({ data: data.get(id) }),
            setData: (d: unknown) => (calls.push(`data ${id}`), data.set(id, d), reading.add(id)),
            loaded: () => !reading.has(id),
          }
        : undefined,
    addSource: (id: string, spec: { data?: unknown }) => {
      calls.push(`data ${id}`);
      sources.add(id);
      data.set(id, spec.data);
      reading.add(id);
    },
    on: (type: string, f: (e: object) => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(f)),
    off: (type: string, f: (e: object) => void) => listeners.get(type)?.delete(f),
    addLayer: (layer: { id: string }, before?: string) => {
      present.add(layer.id);
      added.set(layer.id, layer);
      if (before) calls.push(`add ${layer.id} before ${before}`);
    },
    setFeatureState: (target: { source: string; id: string }, state: Record<string, unknown>) => states.push({ ...target, state }),
    removeFeatureState: (target: { source: string }) => calls.push(`remove state ${target.source}`),
    fitBounds: () => calls.push('fitBounds'),
  };
  /** MapLibre's worker has read the source's data: 'sourcedata' is fired. */
  const read = (id: string) => {
    reading.delete(id);
    for (const f of [...(listeners.get('sourcedata') ?? [])]) f({ sourceId: id });
  };
  /** Every source given data so far has read it. */
  const readAll = () => [...reading].forEach(read);
  return { map, states, calls, data, read, readAll, reading, added };
}

function setUp() {
  const store = createAppStore();
  store.setState({ provinceSlug: 'thu', baseModel: tinyModel(), overlay: emptyOverlay('99'), districtBoundaries: tinyDistrictBoundaries(), status: 'ready' });
  const fake = fakeMap();
  const labels = {
    shown: new Map<string, boolean>(),
    set: () => undefined,
    show(kind: string, on: boolean) {
      this.shown.set(kind, on);
    },
  };
  const painted: string[] = [];
  const handle = { map: fake.map, labels, store, painted: (v: string) => painted.push(v) } as unknown as MapHandle;
  return { store, handle, labels, painted, ...fake };
}

describe('the province layer', () => {
  it('paints every district of the style once, then only what a view change alters', async () => {
    const { store, handle, states, painted, calls, added } = setUp();
    const initial = selectDistrictFeatures(store.getState());
    const stop = provinceLayer(handle, initial);
    // Given with the style: not set again, but coloured.
    expect(calls.filter((c) => c.startsWith('data'))).toEqual([]);
    const fills = states.filter((s) => s.source === SOURCE && 'fill' in s.state);
    expect(fills.map((s) => s.id).sort()).toEqual(['901', '902']);
    // Both are "no data": hatched, by a custom layer whose code is a dynamic import. Not marked painted before it is in.
    expect(painted).toEqual([]);
    await vi.waitFor(() => expect(added.get('district-hatch')).toBeDefined());
    const hatch = added.get('district-hatch') as HatchLayer;
    expect(hatch.type).toBe('custom');
    expect(calls).toContain('add district-hatch before district-line');
    expect([...hatch.hatchedCodes()].sort()).toEqual(['901', '902']);
    expect(painted.at(-1)).toMatch(/:level:2024$/);

    states.length = 0;
    store.getState().setHover({ code: '901', x: 0, y: 0 });
    store.getState().setTab('deadlines');
    expect(states).toEqual([]);

    store.getState().setView('agency');
    expect(painted.at(-1)).toMatch(/:agency:2024$/);
    // All districts are "no data" in both views: nothing to repaint.
    expect(states.filter((s) => 'fill' in s.state)).toEqual([]);

    store.getState().selectDistrict('902');
    expect(states.filter((s) => 'selected' in s.state)).toEqual([
      { source: SOURCE, id: '901', state: { selected: false } },
      { source: SOURCE, id: '902', state: { selected: true } },
    ]);
    stop();
  });

  it('hides the districts and their labels in the national overview, and shows them back', async () => {
    const { store, handle, labels, calls, added } = setUp();
    const stop = provinceLayer(handle, selectDistrictFeatures(store.getState()));
    await vi.waitFor(() => expect(added.get('district-hatch')).toBeDefined());
    // The hatching is added shown (the province scene); nothing else is shown or hidden.
    expect(calls.filter((c) => c.startsWith('layout'))).toEqual(['layout district-hatch visibility=visible']);
    calls.length = 0;
    store.setState({ national: true });
    expect(calls.filter((c) => c.startsWith('layout'))).toEqual([
      'layout district-fill visibility=none',
      'layout district-hatch visibility=none',
      'layout district-line visibility=none',
    ]);
    expect(labels.shown.get('district')).toBe(false);
    store.setState({ national: false });
    expect(calls.filter((c) => c.endsWith('visibility=visible'))).toHaveLength(3);
    expect(labels.shown.get('district')).toBe(true);
    stop();
  });

  it('draws no district fill or hatching under the office’s communes, without cutting the districts’ tiles again', async () => {
    const { store, handle, calls, states, added } = setUp();
    const stop = provinceLayer(handle, selectDistrictFeatures(store.getState()));
    await vi.waitFor(() => expect(added.get('district-hatch')).toBeDefined());
    const hatch = added.get('district-hatch') as HatchLayer;
    calls.length = 0;
    const communes = { ...tinyDistrictBoundaries(), tier: 'commune' as const, fileName: 'xa.geojson' };
    store.setState({ communeBoundaries: communes, tier: 'commune' });
    const opacity = (value: number) => [`paint district-fill fill-layer-opacity=${value}`];
    // Layer-wide (MapLibre skips a fill whose layer opacity is 0), not the visibility, which reloads the source.
    expect(calls.filter((c) => c.includes('fill-layer-opacity='))).toEqual(opacity(0));
    expect(calls.filter((c) => c.startsWith('layout') || c.startsWith('data'))).toEqual([]);
    expect(states.filter((s) => s.state.under === true).map((s) => s.id)).toEqual(['901', '902']);
    expect(hatch.hatchedCodes().size).toBe(0);
    calls.length = 0;
    store.setState({ tier: 'district' });
    expect(calls.filter((c) => c.includes('fill-layer-opacity='))).toEqual(opacity(1));
    expect([...hatch.hatchedCodes()].sort()).toEqual(['901', '902']);
    stop();
  });

  it('takes new district data in once and paints it', () => {
    const { store, handle, calls, states } = setUp();
    const stop = provinceLayer(handle, null);
    expect(calls.filter((c) => c.startsWith('data'))).toEqual([`data ${SOURCE}`]);
    expect(states.filter((s) => 'fill' in s.state)).toHaveLength(2);
    store.getState().setYear(2025);
    expect(calls.filter((c) => c.startsWith('data'))).toHaveLength(1);
    stop();
  });
});

describe('the office’s communes', () => {
  const communeFile = () => ({
    ...tinyDistrictBoundaries(),
    tier: 'commune' as const,
    fileName: 'xa.geojson',
    features: {
      type: 'FeatureCollection' as const,
      features: tinyDistrictBoundaries().features.features.map((f, i) => ({
        ...f,
        properties: { code: `9000${i + 1}`, name: `Xã ${i + 1}`, districtCode: '901' },
      })),
    },
  });
  type Fc = { features: { properties: Record<string, unknown> }[] };

  it('cuts new polygons with the view’s colours in them, then sets feature-state only where a view change alters one', async () => {
    const { store, handle, states, calls, data, painted, readAll, added } = setUp();
    store.setState({ overlay: { ...emptyOverlay('99'), units: { '90001': { level: 'ntm' } } } });
    const stop = communeLayer(handle);
    const file = communeFile();
    store.setState({ communeBoundaries: file, tier: 'commune' });
    const drawn = (data.get(COMMUNES) as Fc).features.map((f) => f.properties);
    // In the data: 90001 (NTM) coloured, 90002 the "no data" grey (hatched by its own layer, below), with only what
    // the map uses; the stored polygons are left as they were.
    expect(drawn.map((p) => [p.code, p.districtCode, p.dim])).toEqual([
      ['90001', '901', false],
      ['90002', '901', false],
    ]);
    expect(Object.keys(drawn[0]).sort()).toEqual(['code', 'dim', 'districtCode', 'fill']);
    expect(drawn[0].fill).not.toBe(drawn[1].fill);
    expect(file.features.features[0].properties).not.toHaveProperty('fill');
    expect(states).toEqual([]);
    // Shown, and marked painted, once MapLibre has read the polygons (no frame drawn without them).
    const shownLayers = () => calls.filter((c) => c.startsWith('layout commune-') && c.endsWith('=visible'));
    expect(shownLayers()).toEqual([]);
    expect(painted.filter((p) => p.endsWith(':communes'))).toEqual([]);
    readAll();
    expect(shownLayers()).toEqual(COMMUNE_LAYERS.map((id) => `layout ${id} visibility=visible`));
    expect(painted.at(-1)).toMatch(/:level:2024:communes$/);

    // The hatching (a custom layer, over the fills and under the district outlines) over the "no data" commune only.
    // Its code comes with the communes' group (a dynamic import), shown as they are.
    await vi.waitFor(() => expect(added.get('commune-hatch')).toBeDefined());
    expect(calls).toContain('layout commune-hatch visibility=visible');
    const hatch = added.get('commune-hatch') as HatchLayer;
    expect(hatch.type).toBe('custom');
    expect(calls).toContain('add commune-hatch before district-line');
    expect([...hatch.hatchedCodes()]).toEqual(['90002']);

    // The registration view: only 90001 looks different (no registration data: hatched), by feature-state.
    store.getState().setView('registration');
    expect([...hatch.hatchedCodes()].sort()).toEqual(['90001', '90002']);
    const changed = states.filter((s) => s.source === COMMUNES);
    expect(changed.map((s) => s.id)).toEqual(['90001']);
    expect(changed[0].state).toMatchObject({ nodata: true, dim: false });
    states.length = 0;
    store.getState().setView('registration');
    expect(states).toEqual([]);

    // New polygons: the old feature-state goes, the new colours are in the data again.
    store.getState().setView('level');
    calls.length = 0;
    states.length = 0;
    store.setState({ communeBoundaries: communeFile() });
    expect(calls).toEqual([`remove state ${COMMUNES}`, `data ${COMMUNES}`]);
    expect(states).toEqual([]);
    stop();
  });

  it('takes an import’s polygons in while its report is read, and shows them on confirmation without setting them again', () => {
    const { store, handle, states, calls, data, labels, readAll } = setUp();
    const stopDistricts = provinceLayer(handle, selectDistrictFeatures(store.getState()));
    const stop = communeLayer(handle);
    readAll();
    // The Data tab open: the communes' layers are added, hidden, before any file.
    store.getState().stageCommunes({ type: 'FeatureCollection', features: [] });
    expect(data.get(COMMUNES)).toEqual({ type: 'FeatureCollection', features: [] });
    readAll();
    calls.length = 0;
    states.length = 0;
    // The report is shown: the matched polygons go to the map with the colours they will have, nothing shown changes.
    const file = communeFile();
    store.getState().stageCommunes(file.features);
    expect(calls).toEqual([`data ${COMMUNES}`]);
    expect((data.get(COMMUNES) as Fc).features.map((f) => [f.properties.code, typeof f.properties.fill])).toEqual([
      ['90001', 'string'],
      ['90002', 'string'],
    ]);
    expect(labels.shown.get('commune')).toBe(false);
    // Confirmed (ImportDialog: setBoundaries): the same collection, stored; not set again. Still being read: the
    // communes are shown, and the districts put under them, once it is read.
    calls.length = 0;
    store.setState({ communeBoundaries: file, stagedCommunes: null, tier: 'commune' });
    expect(calls.filter((c) => c.startsWith('data'))).toEqual([]);
    expect(calls.filter((c) => c.startsWith('layout commune-'))).toEqual([]);
    expect(states.filter((s) => s.state.under === true)).toEqual([]);
    readAll();
    expect(calls.filter((c) => c.startsWith('layout commune-'))).toEqual(COMMUNE_LAYERS.map((id) => `layout ${id} visibility=visible`));
    expect(states.filter((s) => s.state.under === true).map((s) => s.id)).toEqual(['901', '902']);
    expect(labels.shown.get('commune')).toBe(true);
    expect(calls.filter((c) => c.startsWith('data'))).toEqual([]);

    // Cancelled instead: the stored polygons (none here) go back into the source, nothing shown changes.
    store.setState({ communeBoundaries: null, tier: 'district' });
    store.getState().stageCommunes(communeFile().features);
    calls.length = 0;
    store.getState().stageCommunes(null);
    expect(calls).toEqual([`data ${COMMUNES}`]);
    expect((data.get(COMMUNES) as Fc).features).toEqual([]);
    stop();
    stopDistricts();
  });
});

describe('hover', () => {
  it('highlights the unit under the pointer and clears the previous one', () => {
    const { store, handle, states } = setUp();
    const stop = followHover(handle);
    store.getState().setHover({ code: '901', x: 0, y: 0 });
    store.getState().setHover({ code: '901', commune: '90001', x: 0, y: 0 });
    store.getState().setHover(null);
    expect(states).toEqual([
      { source: SOURCE, id: '901', state: { hover: true } },
      { source: SOURCE, id: '901', state: { hover: false } },
      { source: 'communes', id: '90001', state: { hover: true } },
      { source: 'communes', id: '90001', state: { hover: false } },
    ]);
    stop();
  });
});
