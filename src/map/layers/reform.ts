/**
 * From 1 July 2025 (the reform scene): the new province's outline, the old provinces forming it (the plan's own
 * highlighted, labelled "(cũ)"), and the 2025 communes dissolved from the office's polygons, coloured by the
 * stated summary of their predecessors (hatched where only some reached the level).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { nameKey } from '../../domain/names';
import { provinceAgencies } from '../../domain/views';
import type { AppState } from '../../state/types';
import { commune2025Label, communes2025Features, legendPaint2025, planPaint2025, province2025Outline } from './communes-2025';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ProvinceHistory } from '../../domain/history';
import { labelPoints } from '../../geo/labels';
import { selectNewCommuneSummaries, selectPlanModel, selectScene, selectT } from '../../state/selectors';
import { categoryColor } from '../../ui/scale';
import { flyToNewCommune, frameArea } from '../camera';
import { follow, type MapHandle } from '../handle';
import { mapLabels } from '../label-overlay';
import { NEW_COMMUNES, REFORM_LAYERS, REFORM_MEMBERS, REFORM_OUTLINE } from '../layer-ids';
import { ensureGroup, hasGroup } from '../layer-groups';
import { setSourceData, setVisible } from '../map-updates';
import { EMPTY } from '../style';
import { provinceLabel } from './national';
import { selectCode2025, selectOffice2025, selectOfficeLegend2025, selectProvince2025, selectView2025 } from '../../state/province-choices';
import { mainland } from './national-2025';

type Props = { code: string; name: string };
const NO_MEMBERS: FeatureCollection<Polygon | MultiPolygon, Props> = { type: 'FeatureCollection', features: [] };

/** Remembers the last result for the same input (===). */
function memo<I, R>(compute: (input: I) => R): (input: I) => R {
  let last: { input: I; result: R } | null = null;
  return (input) => {
    if (last?.input !== input) last = { input, result: compute(input) };
    return last.result;
  };
}

/**
 * The old provinces forming the new one, and the new province's outline (when the topology has it), from the
 * national (dvhcvn) layer: only while the 2025 province file is loading (then oldProvinces2025 below).
 */
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

/**
 * The old provinces forming a 2025 province, merged at build time from its 2025 communes (object `oldProvinces`
 * of data/boundaries/2025/communes/<code>.topo.json, scripts/lib/old-provinces-2025.ts): they share the
 * communes' arcs, so coasts and borders line up with them. Null when the file has no such object.
 */
export function oldProvinces2025(topology: Topology): FeatureCollection<Polygon | MultiPolygon, Props> | null {
  const object = topology.objects.oldProvinces as GeometryCollection<Props> | undefined;
  if (!object) return null;
  return feature(topology, object) as unknown as FeatureCollection<Polygon | MultiPolygon, Props>;
}

export function reformLayer(handle: MapHandle): () => void {
  const { map, labels, store } = handle;
  const isReform = (s: Parameters<typeof selectScene>[0]) => selectScene(s).kind === 'reform';

  // Only computed in the 2025 units over the office's own polygons: the real communes are painted from the 2025
  // province's model, which has them already (not worked out a second time before the first view; issue 19).
  const summaries = (s: AppState) => (isReform(s) && s.newCommuneBoundaries ? selectNewCommuneSummaries(s) : null);
  // Today's real communes of the 2025 province, unless the office's own polygons (dissolved) take precedence.
  // (Only the open province's: the last one stays in the state while the next loads.)
  const real = (s: AppState) => (isReform(s) && !s.newCommuneBoundaries ? selectProvince2025(s) : null);
  const realFeatures = memo((p: NonNullable<AppState['province2025']>) => communes2025Features(p.topology, p.code));
  const shownCommunes = (s: AppState): FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> | null => {
    if (!isReform(s)) return null;
    if (s.newCommuneBoundaries) return s.newCommuneBoundaries;
    const p = real(s);
    return p ? realFeatures(p) : null;
  };
  let communesPainted: string | null = null;
  const stopProvinces = follow(
    store,
    (s) => [isReform(s), s.nationalTopology, s.history, s.province2025, s.standalone2025, selectT(s)],
    (s) => {
      const code = selectCode2025(s);
      const own = selectProvince2025(s);
      // A 2025 province opened by itself needs only its own file (no old provinces, no national topology).
      const shown = isReform(s) && code !== null && ((s.nationalTopology !== null && s.history !== null) || own !== null);
      if (shown) ensureGroup(map, 'reform');
      setVisible(map, REFORM_LAYERS, shown);
      labels.show('reform', shown);
      if (!shown || !code) return;
      const history = s.history;
      // The old provinces forming it where the app has their history (none for a province opened by itself),
      // drawn from the 2025 communes once the province's file is in (else from the national layer).
      const dissolved = history && s.nationalTopology ? reformFeatures(s.nationalTopology, history) : { members: NO_MEMBERS, outline: EMPTY };
      // The real outline once the 2025 province is loaded (else the old outlines dissolved).
      const p = real(s) ?? own;
      const outline = p ? province2025Outline(p.topology, p.code) : dissolved.outline;
      const members = history ? ((p && oldProvinces2025(p.topology)) ?? dissolved.members) : NO_MEMBERS;
      setSourceData(map, REFORM_MEMBERS, members);
      setSourceData(map, REFORM_OUTLINE, outline);
      const t = selectT(s);
      labels.set('reform', mapLabels(labelPoints(members, (p) => `${provinceLabel(p.name)} (${t('newUnits.oldSuffix')})`)));
      for (const f of members.features)
        map.setFeatureState({ source: REFORM_MEMBERS, id: f.properties.code }, { seed: f.properties.code === history?.provinceCode });
      // Framed on the mainland (the archipelagos of Đà Nẵng and Khánh Hòa are drawn, not framed).
      frameArea(map, mainland(outline.features.length ? outline : members));
      // Once today's communes are painted, the mark stays theirs (tests and the benchmark wait for it).
      const mark = communesPainted?.startsWith(`reform:${code}:`) ? communesPainted : null;
      handle.painted(shownCommunes(s)?.features.length && mark ? mark : `reform:${code}`);
    },
  );

  const stopCommunes = follow(
    store,
    (s) => [isReform(s), s.newCommuneBoundaries, s.province2025, s.history, s.standalone2025],
    (s) => {
      const fc = shownCommunes(s) ?? EMPTY;
      if (fc.features.length) ensureGroup(map, 'reform');
      setSourceData(map, NEW_COMMUNES, fc);
      const points = fc.features.length ? labelPoints(fc, (p) => commune2025Label(p.name)) : EMPTY;
      labels.set('commune2025', mapLabels(points));
      labels.show('commune2025', fc.features.length > 0);
    },
  );
  const stopPaint = follow(
    store,
    (s) => [
      isReform(s),
      s.newCommuneBoundaries,
      summaries(s),
      s.history,
      s.province2025,
      s.standalone2025,
      s.view,
      selectView2025(s),
      s.year,
      s.filter,
      s.colours2025,
      selectPlanModel(s),
      selectT(s),
    ],
    (s) => {
      const fc = shownCommunes(s);
      if (!fc) return;
      if (s.newCommuneBoundaries) {
        const byCode = new Map((summaries(s) ?? []).map((x) => [x.code, x.summary]));
        for (const f of fc.features) {
          const summary = byCode.get(f.properties.code);
          const level = summary && summary.kind !== 'no-data' ? summary.level : 'no-data';
          map.setFeatureState(
            { source: NEW_COMMUNES, id: f.properties.code },
            { fill: categoryColor(level), partial: !summary || summary.kind !== 'all-at-level', split: false, dim: false },
          );
        }
        communesPainted = `reform:${s.history!.newProvince.code}:communes`;
        handle.painted(communesPainted);
        return;
      }
      const p = real(s)!;
      const plan = selectPlanModel(s);
      const agencyKeys = plan ? provinceAgencies(plan).map((a) => nameKey(a.name)) : [];
      // The office's table: the district maps' commune legend (views, filters dimming the rest), else the plans.
      const officeLegend = selectOfficeLegend2025(s);
      const office = officeLegend !== null;
      const view = office ? selectOffice2025(s)!.view : selectView2025(s);
      const paint = officeLegend ? legendPaint2025(officeLegend, p.model.communes) : planPaint2025(p.model, view, s.year, agencyKeys);
      for (const [code, state] of paint) map.setFeatureState({ source: NEW_COMMUNES, id: code }, { ...state });
      communesPainted = `reform:${p.code}:communes:${office ? 'office' : 'plans'}:${view}:${s.year}`;
      handle.painted(communesPainted);
    },
  );

  // The commune opened in the panel is outlined; in presentation the map flies to it.
  const stopFocus = follow(
    store,
    (s) => [s.focusedNewCommune, s.newCommuneBoundaries, s.province2025, s.presenting, isReform(s)],
    (s) => {
      const fc = shownCommunes(s);
      // The 2025 layers are added once the 2025 units are first shown (above).
      if (!fc || !hasGroup(map, 'reform')) return;
      for (const f of fc.features) map.setFeatureState({ source: NEW_COMMUNES, id: f.properties.code }, { focused: f.properties.code === s.focusedNewCommune });
      const focused = s.presenting ? fc.features.find((f) => f.properties.code === s.focusedNewCommune) : undefined;
      if (focused) flyToNewCommune(map, focused);
    },
  );
  return () => [stopProvinces, stopCommunes, stopPaint, stopFocus].forEach((stop) => stop());
}
