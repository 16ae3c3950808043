/**
 * The office's imported commune polygons (before 1 July 2025): source data (an import's polygons taken in while its
 * report is read), labels, colour per view (in the data, then feature-state where a view changes it), the "no data"
 * hatching (a WebGL layer, ../render/hatch-layer.ts), the commune picked in search outlined; shown in the province
 * scene at the commune tier, once MapLibre has read them.
 */
import type { FeatureCollection } from 'geojson';
import { labelPoints } from '../../geo/labels';
import { selectCommuneLegend, selectModel, selectScene } from '../../state/selectors';
import { follow, type MapHandle } from '../handle';
import { mapLabels } from '../label-overlay';
import { COMMUNE_HATCH, COMMUNE_LAYERS, COMMUNES } from '../layer-ids';
import { ensureGroup, hasGroup } from '../layer-groups';
import { hatchLayerCode } from '../render/hatch-code';
import type { HatchLayer } from '../render/hatch-layer';
import { setSourceData, setVisible } from '../map-updates';
import { idleSteps } from '../idle-steps';
import { afterSourceRead } from '../source-ready';
import { EMPTY } from '../style';
import { changedPaint, hatchedCodes, type UnitPaint, unitPaint, withPaint } from '../unit-paint';
import type { AppState } from '../../state/types';

const shownIn = (scene: ReturnType<typeof selectScene>) => scene.kind === 'province' && scene.communes;

export function communeLayer(handle: MapHandle): () => void {
  const { map, labels, store } = handle;
  // The "no data" hatching: a custom layer drawn over the fills and under the district outlines, its code loaded
  // with the communes' group (not in the first load's script: issue 19). What it is to hatch waits for it.
  let hatch: HatchLayer | null = null;
  let hatchLoading = false;
  let hatchPolygons: FeatureCollection = EMPTY;
  let hatchCodes: ReadonlySet<string> = new Set();
  let hatchShown = false;
  let stopped = false;
  const addHatch = () => {
    if (hatchLoading) return;
    hatchLoading = true;
    void hatchLayerCode().then(({ createHatchLayer }) => {
      if (stopped) return;
      hatch = createHatchLayer(COMMUNE_HATCH, COMMUNES);
      hatch.setPolygons(hatchPolygons as never);
      hatch.setHatched(hatchCodes);
      map.addLayer(hatch, map.getLayer('district-line') ? 'district-line' : undefined);
      map.setLayoutProperty(COMMUNE_HATCH, 'visibility', hatchShown ? 'visible' : 'none');
    });
  };
  /** The communes' source and layers, added (hidden) the first time they are needed. */
  const ensureCommunes = (data?: FeatureCollection) => {
    ensureGroup(map, 'communes', data ? { [COMMUNES]: data } : {});
    addHatch();
  };
  const setHatchPolygons = (polygons: FeatureCollection) => {
    hatchPolygons = polygons;
    hatch?.setPolygons(polygons as never);
  };
  /** Hatches the communes whose paint says "no data". */
  const hatchNoData = (paint: ReadonlyMap<string, UnitPaint>) => {
    hatchCodes = hatchedCodes(paint);
    hatch?.setHatched(hatchCodes);
  };
  const showHatch = (shown: boolean) => {
    hatchShown = shown;
    if (hatch) setVisible(map, [COMMUNE_HATCH], shown);
  };
  let codes: string[] = [];
  // What the map shows for each commune now: the paint written into the data, then feature-state where it changes.
  let applied: ReadonlyMap<string, UnitPaint> = new Map();
  // The commune outlined (focused), if any.
  let outlined: string | null = null;
  let stopLabels = () => undefined as void;
  // Whether any feature-state was set on the source (removed with its data).
  let stateSet = false;
  // `staged`: polygons taken in while not shown, painted as they will be shown.
  const paintNow = (s: AppState, staged = false): Map<string, UnitPaint> | null => {
    const legend = staged || shownIn(selectScene(s)) ? selectCommuneLegend(s) : null;
    return legend && codes.length ? unitPaint(legend, codes) : null;
  };

  // The polygons the source holds now (before their paint is written in).
  let held: FeatureCollection | null = null;
  const stopData = follow(
    store,
    (s) => [s.communeBoundaries, s.stagedCommunes, shownIn(selectScene(s))],
    (s) => {
      // An import being confirmed is handed to MapLibre while the communes are not on screen (nothing drawn
      // changes): its polygons are read and indexed in MapLibre's worker while the user reads the report, and a
      // confirmation (the same collection, now stored) only shows the layers (issue 19). Shown communes are the stored ones.
      const staging = !shownIn(selectScene(s)) && s.stagedCommunes !== null;
      // Nothing staged yet (the Data tab open): the communes' source and layers are added now, hidden, so that adding
      // them (and the frame MapLibre draws for it) is not in the way of an import's polygons.
      if (staging && s.stagedCommunes!.features.length === 0) return ensureCommunes();
      const next: FeatureCollection = (staging ? s.stagedCommunes : s.communeBoundaries?.features) ?? EMPTY;
      if (next === held) return;
      held = next;
      codes = next.features.map((f) => String(f.properties?.code));
      // New polygons are cut with the view's colours in them (staged ones with the colours they will be shown in);
      // the previous polygons' feature-state goes (it would override them), and with it the outline of a focused
      // commune, set again below.
      const paint = paintNow(s, staging);
      const fc = paint ? withPaint(next, paint) : next;
      if (stateSet) map.removeFeatureState({ source: COMMUNES });
      stateSet = false;
      applied = paint ?? new Map();
      outlined = null;
      if (fc.features.length && !hasGroup(map, 'communes')) ensureCommunes(fc);
      else setSourceData(map, COMMUNES, fc);
      setHatchPolygons(next);
      hatchNoData(applied);
      // The labels (and the hatching's triangles) when the page is idle, in steps (../idle-steps.ts): after an
      // import's report and its confirmation, while MapLibre's worker reads the polygons, not in the way of its frames.
      stopLabels();
      if (!fc.features.length) labels.set('commune', mapLabels(EMPTY));
      else {
        let points = EMPTY as ReturnType<typeof labelPoints>;
        stopLabels = idleSteps([
          () => void (points = labelPoints(next as never, (p: { name: string }) => p.name.replace(/^(Xã|Phường|Thị trấn) /, ''))),
          () => labels.set('commune', mapLabels(points)),
          (deadline) => hatch?.prepare(deadline),
        ]);
      }
    },
  );

  // Shown once MapLibre has read the polygons (../source-ready.ts): no frame drawn without them, their tiles asked
  // for in the first frame that shows them.
  let showing = () => undefined as void;
  let marking = () => undefined as void;
  const stopScene = follow(
    store,
    (s) => [selectScene(s)],
    (s) => {
      const shown = shownIn(selectScene(s));
      if (shown) ensureCommunes();
      showing();
      const show = () => {
        setVisible(map, COMMUNE_LAYERS, shown);
        showHatch(shown);
        labels.show('commune', shown);
      };
      if (shown) showing = afterSourceRead(map, COMMUNES, show);
      else show();
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
      for (const [code, paint] of changedPaint(applied, next)) {
        map.setFeatureState({ source: COMMUNES, id: code }, { ...paint });
        stateSet = true;
      }
      applied = next;
      hatchNoData(next);
      const mark = `${model.plan.province.slug}:${s.view}:${s.year}:communes`;
      marking();
      marking = afterSourceRead(map, COMMUNES, () => handle.painted(mark));
    },
  );

  // Only where the outline changes: new polygons come without a focused one unless a commune is focused.
  const stopFocus = follow(
    store,
    (s) => [s.focusedCommune, s.communeBoundaries],
    (s) => {
      const focused = s.focusedCommune ?? null;
      for (const code of codes)
        if (code === focused || code === outlined) {
          map.setFeatureState({ source: COMMUNES, id: code }, { focused: code === focused });
          stateSet = true;
        }
      outlined = focused;
    },
  );
  return () => {
    stopped = true;
    stopLabels();
    showing();
    marking();
    [stopData, stopScene, stopPaint, stopFocus].forEach((stop) => stop());
  };
}
