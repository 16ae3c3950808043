/**
 * The national overview's "Xã" tier from 1 July 2025: all 3,321 of today's communes (generated/2025/communes.topo.json),
 * the plan provinces' communes coloured by what their predecessors were given by the plans (the build's plan paint,
 * same rule as a 2025 province's map), the other provinces' communes neutral; the 34 provinces' outlines and
 * labels on top (from the same file), Hoàng Sa and Trường Sa labelled as parts of Đà Nẵng and Khánh Hòa.
 * Loaded the first time the tier is shown; the national overview's own layers (./national) stand aside meanwhile.
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { fetchCommunes2025National, fetchPlanPaint2025 } from '../../data/load';
import { nationalPlanViewOf, planPaintOf, planViewKey, type NationalPlanPaint2025 } from '../../domain/national-plan-paint-2025';
import { labelPoints } from '../../geo/labels';
import { selectScene, selectT } from '../../state/selectors';
import type { AppState } from '../../state/types';
import { follow, type MapHandle } from '../handle';
import { mapLabels } from '../label-overlay';
import { NATIONAL_COMMUNE_LAYERS, NATIONAL_COMMUNE_PROVINCES, NATIONAL_COMMUNES } from '../layer-ids';
import { ensureGroup } from '../layer-groups';
import { setSourceData, setVisible } from '../map-updates';
import { islandLabels, nationalCommuneFeatures, provinces2025Features } from './national-2025';
import { provinceLabel } from './national';

/** The national overview shows today's communes (the "Xã" tier from 1 July 2025). */
export function showsNationalCommunes(s: Parameters<typeof selectScene>[0]): boolean {
  const scene = selectScene(s);
  return scene.kind === 'national' && scene.communes;
}

/** The mark tests and the benchmark wait for. */
export const NATIONAL_COMMUNES_PAINTED = 'national:2025:communes';

interface Loaded {
  topology: Topology;
  paint: NationalPlanPaint2025;
}

export function nationalCommunesLayer(handle: MapHandle): () => void {
  const { map, labels, store } = handle;
  let loaded: Loaded | null = null;
  let loading = false;
  let drawnKey: string | null = null;

  const draw = (s: AppState) => {
    if (!loaded || !showsNationalCommunes(s)) return;
    const view = nationalPlanViewOf(loaded.paint, s.view2025, s.year);
    const key = planViewKey(view);
    if (drawnKey !== key) {
      const planProvinces = new Set(loaded.paint.provinces.map((p) => p.code));
      const communes = nationalCommuneFeatures(loaded.topology, planPaintOf(loaded.paint, view), planProvinces);
      ensureGroup(map, 'national-communes');
      setSourceData(map, NATIONAL_COMMUNES, communes);
      drawnKey = key;
    }
    handle.painted(`${NATIONAL_COMMUNES_PAINTED}:${key}`);
  };

  const outlines = (s: AppState) => {
    if (!loaded || !showsNationalCommunes(s)) return;
    const provinces = provinces2025Features(loaded.topology, s.newProvinces);
    ensureGroup(map, 'national-communes');
    setSourceData(map, NATIONAL_COMMUNE_PROVINCES, provinces as FeatureCollection);
    const t = selectT(s);
    const points = labelPoints(provinces, (p) => provinceLabel(p.name));
    const islands = islandLabels(provinces, (island, province) => t('national.island', { island, province }));
    labels.set('national', mapLabels({ ...points, features: [...points.features, ...islands] }));
    labels.show('national', true);
  };

  const load = () => {
    if (loaded || loading) return;
    loading = true;
    void Promise.all([fetchCommunes2025National(), fetchPlanPaint2025()])
      .then(([topology, paint]) => {
        loaded = { topology, paint };
        const s = store.getState();
        if (!showsNationalCommunes(s)) return;
        ensureGroup(map, 'national-communes');
        setVisible(map, NATIONAL_COMMUNE_LAYERS, true);
        outlines(s);
        draw(s);
      })
      .catch(() => undefined)
      .finally(() => {
        loading = false;
      });
  };

  const stopShown = follow(
    store,
    (s) => [showsNationalCommunes(s)],
    (s) => {
      const shown = showsNationalCommunes(s);
      if (shown) load();
      if (!loaded) return;
      if (shown) ensureGroup(map, 'national-communes');
      setVisible(map, NATIONAL_COMMUNE_LAYERS, shown);
      if (shown) {
        outlines(s);
        draw(s);
      }
    },
  );
  const stopPaint = follow(store, (s) => [showsNationalCommunes(s), s.view2025, s.year], draw);
  const stopLabels = follow(store, (s) => [showsNationalCommunes(s), s.newProvinces, selectT(s)], outlines);
  return () => [stopShown, stopPaint, stopLabels].forEach((stop) => stop());
}
