/**
 * The national overview: provinces outlined over all districts, the ones holding a plan highlighted and
 * labelled; from 1 July 2025 the 34 new provinces (old outlines dissolved). Drawn the first time it is shown.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PLAN_SLUGS } from '../../data/load';
import type { ProvinceIndexEntry } from '../../data/contracts';
import { labelPoints } from '../../geo/labels';
import { selectScene, selectT } from '../../state/selectors';
import { islandLabels, provinces2025Features } from './national-2025';
import { follow, type MapHandle } from '../handle';
import { mapLabels } from '../label-overlay';
import { NATIONAL_DISTRICTS, NATIONAL_LAYERS, NATIONAL_PROVINCES } from '../layer-ids';
import { ensureGroup } from '../layer-groups';
import { setSourceData, setVisible } from '../map-updates';
import { EMPTY } from '../style';

type Props = { code: string; name: string; members?: string };

/** "Tỉnh Ninh Bình" → "Ninh Bình" (map labels). */
export const provinceLabel = (name: string) => name.replace(/^(Tỉnh|Thành phố) /, '');

/** The overview's provinces, which of them hold a plan, and the districts drawn under them. */
export function nationalFeatures(topology: Topology, provinces: readonly ProvinceIndexEntry[], newProvinces: boolean) {
  const seedCodes = new Set(provinces.filter((p) => PLAN_SLUGS.includes(p.slug)).map((p) => p.code));
  const object = (newProvinces && topology.objects.newProvinces ? topology.objects.newProvinces : topology.objects.provinces) as GeometryCollection<Props>;
  const provincesFc = feature(topology, object) as unknown as FeatureCollection<Polygon | MultiPolygon, Props>;
  const isSeed = (p: Props) => (newProvinces ? (p.members ?? '').split(',').some((c) => seedCodes.has(c)) : seedCodes.has(p.code));
  const districts = newProvinces ? EMPTY : feature(topology, topology.objects.districts as GeometryCollection);
  return { provinces: provincesFc, isSeed, districts };
}

export function nationalLayer(handle: MapHandle): () => void {
  const { map, labels, store } = handle;
  let drawn: string | null = null;
  const stopData = follow(
    store,
    (s) => [selectScene(s), s.nationalTopology, s.provinces, s.provinces2025Topology, s.newProvinces, selectT(s)],
    (s) => {
      const scene = selectScene(s);
      // Today's communes (the "Xã" tier) are drawn by ./national-communes-2025, with their own outlines and labels.
      if (scene.kind !== 'national' || scene.communes || !s.nationalTopology) return;
      const dissolved = nationalFeatures(s.nationalTopology, s.provinces, scene.newProvinces);
      const { isSeed, districts } = dissolved;
      // From 1 July 2025: the 34 real outlines once loaded (Quảng Ninh included, the archipelagos drawn).
      const real = scene.newProvinces && s.provinces2025Topology ? provinces2025Features(s.provinces2025Topology, s.newProvinces) : null;
      const provinces = real ?? dissolved.provinces;
      ensureGroup(map, 'national');
      setSourceData(map, NATIONAL_PROVINCES, provinces);
      setSourceData(map, NATIONAL_DISTRICTS, districts);
      // Hoàng Sa and Trường Sa labelled as parts of Đà Nẵng and Khánh Hòa (same codes before and after 2025).
      const t = selectT(s);
      const islands = islandLabels(provinces, (island, province) => t('national.island', { island, province }));
      if (real) {
        const points = labelPoints(real, (p) => provinceLabel(p.name));
        labels.set('national', mapLabels({ ...points, features: [...points.features, ...islands] }));
      } else {
        const seeds = { ...provinces, features: provinces.features.filter((f) => isSeed(f.properties)) };
        const points = labelPoints(seeds, (p) => provinceLabel(p.name));
        labels.set('national', mapLabels({ ...points, features: [...points.features, ...islands] }));
      }
      for (const f of provinces.features) map.setFeatureState({ source: NATIONAL_PROVINCES, id: f.properties.code }, { seed: isSeed(f.properties) });
      drawn = !scene.newProvinces ? 'national' : real ? 'national:2025' : 'national:2025-dissolved';
      if (map.getLayoutProperty(NATIONAL_LAYERS[0], 'visibility') === 'visible') handle.painted(drawn);
    },
  );
  const stopScene = follow(
    store,
    (s) => [selectScene(s)],
    (s) => {
      const scene = selectScene(s);
      const shown = scene.kind === 'national' && !scene.communes;
      if (shown) ensureGroup(map, 'national');
      setVisible(map, NATIONAL_LAYERS, shown);
      // The labels stay in the communes tier (./national-communes-2025 sets them).
      labels.show('national', scene.kind === 'national');
      if (shown && drawn === (scene.newProvinces ? 'national:2025' : 'national')) handle.painted(drawn);
    },
  );
  return () => [stopData, stopScene].forEach((stop) => stop());
}
