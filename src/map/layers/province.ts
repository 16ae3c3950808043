/**
 * The province's districts: source data (the built-in boundaries, merged in rearranged units, or the office's
 * own file), colour per view through feature-state (only the districts whose paint changes), the "no data"
 * hatching (a WebGL layer over the hatched districts only, ../render/hatch-layer.ts), the selection outline, the
 * district labels, and the layers' visibility in the scene (under the office's commune polygons only the outlines:
 * feature-state, so that the tiles are not cut again).
 */
import { valueLabel } from '../../domain/indicators';
import { labelPoints } from '../../geo/labels';
import { selectDistrictFeatures, selectMapLegend, selectModel, selectScene, type DistrictFeatures } from '../../state/selectors';
import { frameProvince } from '../camera';
import { follow, type MapHandle } from '../handle';
import { mapLabels } from '../label-overlay';
import { COMMUNES, DISTRICT_FILL_LAYERS, DISTRICT_HATCH, SOURCE } from '../layer-ids';
import { setPaint, setSourceData, setVisible } from '../map-updates';
import { hatchLayerCode } from '../render/hatch-code';
import type { HatchLayer } from '../render/hatch-layer';
import { afterSourceRead } from '../source-ready';
import { changedPaint, hatchedCodes, unitPaint, type UnitPaint } from '../unit-paint';

/** "Huyện Yên Khánh" → "Yên Khánh"; "Thành phố Tam Điệp" → "TP Tam Điệp" (shorter map labels). */
export function shortName(name: string): string {
  return name
    .replace(/^Huyện /, '')
    .replace(/^Thành phố /, 'TP ')
    .replace(/^Thị xã /, 'TX ')
    .replace(/^Quận /, 'Q. ');
}

/**
 * Follows the store for the districts. `initial` is the collection the map's style was created with (already in
 * the source: not set again).
 */
export function provinceLayer(handle: MapHandle, initial: DistrictFeatures | null): () => void {
  const { map, labels, store } = handle;
  let applied: DistrictFeatures | null = null;
  let codes: string[] = [];
  let lastPaint: Map<string, UnitPaint> | null = null;

  // The "no data" hatching. A `fill-pattern` layer would run its pattern's shader over every district in every
  // frame (hatched or not, at opacity 0), which without a GPU cost a quarter of each frame; this one draws only the
  // hatched districts' triangles. Its code (shared with the communes' hatching) is asked for as the app starts
  // (../render/hatch-code.ts); the first view is marked painted once the layer is in (with its hatching).
  let hatch: HatchLayer | null = null;
  let hatched: ReadonlySet<string> = new Set();
  let stopped = false;
  const hatchNow = () => hatch?.setHatched(under ? new Set() : hatched);
  void hatchLayerCode().then(({ createHatchLayer }) => {
    if (stopped) return;
    hatch = createHatchLayer(DISTRICT_HATCH, SOURCE);
    if (applied) hatch.setPolygons(applied);
    hatchNow();
    map.addLayer(hatch, 'district-line');
    map.setLayoutProperty(DISTRICT_HATCH, 'visibility', selectScene(store.getState()).kind === 'province' ? 'visible' : 'none');
    paint();
  });

  let points: ReturnType<typeof labelPoints> | null = null;
  let labelled: string | null = null;
  /** District names, with the indicator's value under each when "print values" is on (the numeric view). */
  const relabel = () => {
    if (!points) return;
    const s = store.getState();
    const legend = selectMapLegend(s);
    const values = s.view === 'indicator' && s.showValues ? legend?.choropleth?.values : undefined;
    const key = values ? JSON.stringify([...values]) : '';
    if (key === labelled) return;
    labelled = key;
    const withValues = {
      ...points,
      features: points.features.map((f) => {
        const v = values ? valueLabel(values.get(f.properties.code) ?? null) : '';
        return v ? { ...f, properties: { ...f.properties, label: `${f.properties.label}: ${v}` } } : f;
      }),
    };
    labels.set('district', mapLabels(withValues));
  };
  const adopt = (fc: DistrictFeatures) => {
    applied = fc;
    codes = fc.features.map((f) => f.properties.code);
    points = labelPoints(fc, (p) => shortName(p.name.normalize('NFC')));
    labelled = null;
    relabel();
    lastPaint = null; // new districts: every one is painted again
    hatch?.setPolygons(fc);
  };
  if (initial) adopt(initial);

  const paint = () => {
    const s = store.getState();
    const model = selectModel(s);
    const legend = selectMapLegend(s);
    if (!model || !applied || !legend) return;
    const next = unitPaint(legend, codes);
    for (const [code, p] of changedPaint(lastPaint, next)) map.setFeatureState({ source: SOURCE, id: code }, { fill: p.fill, dim: p.dim });
    lastPaint = next;
    hatched = hatchedCodes(next);
    hatchNow();
    // Painted once the hatching is drawn too (its layer in) where the view hatches any district.
    if (selectScene(s).kind === 'province' && (hatch || hatched.size === 0)) handle.painted(`${model.plan.province.slug}:${s.view}:${s.year}`);
  };
  // Under the office's communes the districts keep only their outlines (feature-state `under`, ../style).
  let under = false;
  const setUnder = (value: boolean, force = false) => {
    if (value === under && !force) return;
    under = value;
    for (const code of codes) map.setFeatureState({ source: SOURCE, id: code }, { under });
    hatchNow();
    // Every district is under them: their fills are not drawn at all (a layer-wide opacity, which MapLibre skips
    // at 0 and which, unlike visibility, does not cut the tiles again), rather than drawn transparent each frame.
    for (const id of DISTRICT_FILL_LAYERS) {
      if (!map.getLayer(id)) continue;
      map.setPaintProperty(id, 'fill-layer-opacity-transition', { duration: 0, delay: 0 }, { validate: false }); // a constant: its validation cost 8 ms
      setPaint(map, id, 'fill-layer-opacity', under ? 0 : 1);
    }
  };
  const outlineSelection = () => {
    const selected = store.getState().selectedDistrict;
    for (const code of codes) map.setFeatureState({ source: SOURCE, id: code }, { selected: code === selected });
  };

  // New districts: move first, then set the data (tiles are cut once, at the zoom that will be shown).
  // Only while the districts are shown: in the 2025 units or the national overview they are not cut into tiles.
  const stopData = follow(
    store,
    (s) => [selectDistrictFeatures(s), selectScene(s).kind === 'province'],
    (s) => {
      const fc = selectDistrictFeatures(s);
      if (!fc || fc === applied || selectScene(s).kind !== 'province') return;
      performance.mark('ntm:data-apply');
      if (selectScene(s).kind === 'province') frameProvince(map, s.topology);
      adopt(fc);
      setSourceData(map, SOURCE, fc);
      if (under) setUnder(true, true);
      performance.mark('ntm:data-set');
      paint();
      outlineSelection();
    },
  );
  const stopPaint = follow(store, (s) => [selectMapLegend(s), selectScene(s)], paint);
  const stopValues = follow(store, (s) => [selectMapLegend(s), s.showValues, s.view], relabel);
  const stopSelection = follow(store, (s) => [s.selectedDistrict], outlineSelection);

  // Shown in the province scene; with the office's communes on top only the outlines stay (darker).
  let waitingUnder = () => undefined as void;
  const stopScene = follow(
    store,
    (s) => [selectScene(s)],
    (s) => {
      const scene = selectScene(s);
      const shown = scene.kind === 'province';
      const communes = shown && scene.communes;
      setVisible(map, hatch ? [...DISTRICT_FILL_LAYERS, DISTRICT_HATCH] : DISTRICT_FILL_LAYERS, shown);
      setVisible(map, ['district-line'], shown);
      // Under the communes as they are shown (./commune.ts: once MapLibre has read them), not before.
      waitingUnder();
      waitingUnder = afterSourceRead(map, COMMUNES, () => setUnder(communes));
      labels.show('district', shown);
    },
  );
  return () => {
    stopped = true;
    waitingUnder();
    [stopData, stopPaint, stopValues, stopSelection, stopScene].forEach((stop) => stop());
  };
}
