/**
 * From 1 July 2025 (the reform scene): the new province's outline, the old provinces forming it (the plan's own
 * highlighted, labelled "(cũ)"), and the 2025 communes dissolved from the office's polygons, coloured by the
 * stated summary of their predecessors (hatched where only some reached the level).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ProvinceHistory } from '../../domain/history';
import { labelPoints } from '../../geo/labels';
import { selectNewCommuneSummaries, selectScene, selectT } from '../../state/selectors';
import { categoryColor } from '../../ui/scale';
import { flyToNewCommune, frameArea } from '../camera';
import { follow, type MapHandle } from '../handle';
import { mapLabels } from '../label-overlay';
import { NEW_COMMUNES, REFORM_LAYERS, REFORM_MEMBERS, REFORM_OUTLINE } from '../layer-ids';
import { ensureGroup, hasGroup } from '../layer-groups';
import { setSourceData, setVisible } from '../map-updates';
import { EMPTY } from '../style';
import { provinceLabel } from './national';

type Props = { code: string; name: string };

/** The old provinces forming the new one, and the new province's outline (when the topology has it). */
export function reformFeatures(topology: Topology, history: ProvinceHistory) {
  const members = new Set(history.newProvince.members.map((m) => m.code));
  const provinces = feature(topology, topology.objects.provinces as GeometryCollection<Props>) as unknown as FeatureCollection<Polygon | MultiPolygon, Props>;
  const memberFc = { ...provinces, features: provinces.features.filter((f) => members.has(f.properties.code)) };
  const outlineObject = topology.objects.newProvinces as GeometryCollection<{ code: string }> | undefined;
  const outline: FeatureCollection = outlineObject
    ? (feature(topology, {
        ...outlineObject,
        geometries: outlineObject.geometries.filter((g) => (g.properties as { code?: string } | undefined)?.code === history.newProvince.code),
      }) as FeatureCollection)
    : EMPTY;
  return { members: memberFc, outline };
}

export function reformLayer(handle: MapHandle): () => void {
  const { map, labels, store } = handle;
  const isReform = (s: Parameters<typeof selectScene>[0]) => selectScene(s).kind === 'reform';

  const stopProvinces = follow(
    store,
    (s) => [isReform(s), s.nationalTopology, s.history, selectT(s)],
    (s) => {
      const shown = isReform(s) && s.nationalTopology !== null;
      if (shown) ensureGroup(map, 'reform');
      setVisible(map, REFORM_LAYERS, shown);
      labels.show('reform', shown);
      if (!shown || !s.history || !s.nationalTopology) return;
      const history = s.history;
      const { members, outline } = reformFeatures(s.nationalTopology, history);
      setSourceData(map, REFORM_MEMBERS, members);
      setSourceData(map, REFORM_OUTLINE, outline);
      const t = selectT(s);
      labels.set('reform', mapLabels(labelPoints(members, (p) => `${provinceLabel(p.name)} (${t('newUnits.oldSuffix')})`)));
      for (const f of members.features)
        map.setFeatureState({ source: REFORM_MEMBERS, id: f.properties.code }, { seed: f.properties.code === history.provinceCode });
      frameArea(map, outline.features.length ? outline : members);
      handle.painted(`reform:${history.newProvince.code}`);
    },
  );

  // Only computed in the 2025 units (the summaries are not worked out while the plan's units are shown).
  const summaries = (s: Parameters<typeof selectNewCommuneSummaries>[0] & Parameters<typeof selectScene>[0]) =>
    isReform(s) ? selectNewCommuneSummaries(s) : null;
  const stopCommunes = follow(
    store,
    (s) => [isReform(s), s.newCommuneBoundaries, summaries(s), s.history],
    (s) => {
      const shown = isReform(s) && s.newCommuneBoundaries !== null && s.history !== null;
      const fc = shown ? s.newCommuneBoundaries! : EMPTY;
      if (fc.features.length) ensureGroup(map, 'reform');
      setSourceData(map, NEW_COMMUNES, fc);
      const byCode = new Map((summaries(s) ?? []).map((x) => [x.code, x.summary]));
      for (const f of fc.features) {
        const summary = byCode.get(f.properties.code);
        const level = summary && summary.kind !== 'no-data' ? summary.level : 'no-data';
        map.setFeatureState(
          { source: NEW_COMMUNES, id: f.properties.code },
          { fill: categoryColor(level), partial: !summary || summary.kind !== 'all-at-level' },
        );
      }
      if (shown) handle.painted(`reform:${s.history!.newProvince.code}:communes`);
    },
  );

  // The commune opened in the panel is outlined; in presentation the map flies to it.
  const stopFocus = follow(
    store,
    (s) => [s.focusedNewCommune, s.newCommuneBoundaries, s.presenting, isReform(s)],
    (s) => {
      const fc = s.newCommuneBoundaries;
      // The 2025 layers are added once the 2025 units are first shown (above).
      if (!fc || !hasGroup(map, 'reform')) return;
      for (const f of fc.features) map.setFeatureState({ source: NEW_COMMUNES, id: f.properties.code }, { focused: f.properties.code === s.focusedNewCommune });
      const focused = s.presenting ? fc.features.find((f) => f.properties.code === s.focusedNewCommune) : undefined;
      if (focused) flyToNewCommune(map, focused);
    },
  );
  return () => [stopProvinces, stopCommunes, stopFocus].forEach((stop) => stop());
}
