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
import { selectScene } from '../../state/selectors';
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
  let drawn = false;
  const stopData = follow(
    store,
    (s) => [selectScene(s), s.nationalTopology, s.provinces],
    (s) => {
      const scene = selectScene(s);
      if (scene.kind !== 'national' || !s.nationalTopology) return;
      const { provinces, isSeed, districts } = nationalFeatures(s.nationalTopology, s.provinces, scene.newProvinces);
      ensureGroup(map, 'national');
      setSourceData(map, NATIONAL_PROVINCES, provinces);
      setSourceData(map, NATIONAL_DISTRICTS, districts);
      const seeds = { ...provinces, features: provinces.features.filter((f) => isSeed(f.properties)) };
      labels.set('national', mapLabels(labelPoints(seeds, (p) => provinceLabel(p.name))));
      for (const f of provinces.features) map.setFeatureState({ source: NATIONAL_PROVINCES, id: f.properties.code }, { seed: isSeed(f.properties) });
      drawn = true;
    },
  );
  const stopScene = follow(
    store,
    (s) => [selectScene(s)],
    (s) => {
      const scene = selectScene(s);
      const shown = scene.kind === 'national';
      if (shown) ensureGroup(map, 'national');
      setVisible(map, NATIONAL_LAYERS, shown);
      labels.show('national', shown);
      if (shown && drawn) handle.painted(scene.newProvinces ? 'national:2025' : 'national');
    },
  );
  return () => [stopData, stopScene].forEach((stop) => stop());
}
