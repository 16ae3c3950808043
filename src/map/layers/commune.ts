/**
 * The office's imported commune polygons (before 1 July 2025): source data, labels, colour per view through
 * feature-state, the commune picked in search outlined; shown in the province scene at the commune tier.
 */
import type { FeatureCollection } from 'geojson';
import { labelPoints } from '../../geo/labels';
import { selectCommuneLegend, selectModel, selectScene } from '../../state/selectors';
import { follow, type MapHandle } from '../handle';
import { mapLabels } from '../label-overlay';
import { COMMUNE_LAYERS, COMMUNES } from '../layer-ids';
import { ensureGroup, hasGroup } from '../layer-groups';
import { setSourceData, setVisible } from '../map-updates';
import { EMPTY } from '../style';
import { changedPaint, unitPaint, withPaint, type UnitPaint } from '../unit-paint';
import type { AppState } from '../../state/types';

const shownIn = (scene: ReturnType<typeof selectScene>) => scene.kind === 'province' && scene.communes;

export function communeLayer(handle: MapHandle): () => void {
  const { map, labels, store } = handle;
  let codes: string[] = [];
  // What the map shows for each commune now: the paint written into the data, then feature-state where it changes.
  let applied: ReadonlyMap<string, UnitPaint> = new Map();
  // The commune outlined (focused), if any.
  let outlined: string | null = null;
  const paintNow = (s: AppState): Map<string, UnitPaint> | null => {
    const legend = shownIn(selectScene(s)) ? selectCommuneLegend(s) : null;
    return legend && codes.length ? unitPaint(legend, codes) : null;
  };

  const stopData = follow(
    store,
    (s) => [s.communeBoundaries],
    (s) => {
      const stored: FeatureCollection = s.communeBoundaries?.features ?? EMPTY;
      codes = stored.features.map((f) => String(f.properties?.code));
      // New polygons are cut with the view's colours in them; the previous polygons' feature-state goes (it would
      // override them), and with it the outline of a focused commune, set again below.
      const paint = paintNow(s);
      const fc = paint ? withPaint(stored, paint) : stored;
      if (hasGroup(map, 'communes')) map.removeFeatureState({ source: COMMUNES });
      applied = paint ?? new Map();
      outlined = null;
      if (fc.features.length && !hasGroup(map, 'communes')) ensureGroup(map, 'communes', { [COMMUNES]: fc });
      else setSourceData(map, COMMUNES, fc);
      const points = fc.features.length ? labelPoints(fc as never, (p: { name: string }) => p.name.replace(/^(Xã|Phường|Thị trấn) /, '')) : EMPTY;
      labels.set('commune', mapLabels(points));
    },
  );

  const stopScene = follow(
    store,
    (s) => [selectScene(s)],
    (s) => {
      const shown = shownIn(selectScene(s));
      if (shown) ensureGroup(map, 'communes');
      setVisible(map, COMMUNE_LAYERS, shown);
      labels.show('commune', shown);
    },
  );

  // The communes' legend is worked out only while they are shown: a view switch without commune polygons does not
  // compute it in the click's task (issue 19). Feature-state only where the paint changes.
  const stopPaint = follow(
    store,
    (s) => [shownIn(selectScene(s)) ? selectCommuneLegend(s) : null, s.communeBoundaries, selectScene(s)],
    (s) => {
      const model = selectModel(s);
      const next = paintNow(s);
      if (!model || !next) return;
      for (const [code, paint] of changedPaint(applied, next)) map.setFeatureState({ source: COMMUNES, id: code }, { ...paint });
      applied = next;
      handle.painted(`${model.plan.province.slug}:${s.view}:${s.year}:communes`);
    },
  );

  // Only where the outline changes: new polygons come without a focused one unless a commune is focused.
  const stopFocus = follow(
    store,
    (s) => [s.focusedCommune, s.communeBoundaries],
    (s) => {
      const focused = s.focusedCommune ?? null;
      for (const code of codes) if (code === focused || code === outlined) map.setFeatureState({ source: COMMUNES, id: code }, { focused: code === focused });
      outlined = focused;
    },
  );
  return () => [stopData, stopScene, stopPaint, stopFocus].forEach((stop) => stop());
}
