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
import { unitPaint } from '../unit-paint';

const shownIn = (scene: ReturnType<typeof selectScene>) => scene.kind === 'province' && scene.communes;

export function communeLayer(handle: MapHandle): () => void {
  const { map, labels, store } = handle;
  let codes: string[] = [];

  const stopData = follow(
    store,
    (s) => [s.communeBoundaries],
    (s) => {
      const fc: FeatureCollection = s.communeBoundaries?.features ?? EMPTY;
      if (fc.features.length && !hasGroup(map, 'communes')) ensureGroup(map, 'communes', { [COMMUNES]: fc });
      else setSourceData(map, COMMUNES, fc);
      const points = fc.features.length ? labelPoints(fc as never, (p: { name: string }) => p.name.replace(/^(Xã|Phường|Thị trấn) /, '')) : EMPTY;
      labels.set('commune', mapLabels(points));
      codes = fc.features.map((f) => String(f.properties?.code));
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
  // compute it in the click's task (issue 19).
  const stopPaint = follow(
    store,
    (s) => [shownIn(selectScene(s)) ? selectCommuneLegend(s) : null, s.communeBoundaries, selectScene(s)],
    (s) => {
      const model = selectModel(s);
      const legend = selectCommuneLegend(s);
      if (!model || !legend || !codes.length || !shownIn(selectScene(s))) return;
      for (const [code, paint] of unitPaint(legend, codes)) map.setFeatureState({ source: COMMUNES, id: code }, { ...paint });
      handle.painted(`${model.plan.province.slug}:${s.view}:${s.year}:communes`);
    },
  );

  // Only where the outline changes: new polygons come without a focused one unless a commune is focused.
  let outlined: string | null = null;
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
