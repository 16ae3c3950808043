/**
 * The map region: the canvas (./MapCanvas, which owns the MapLibre map and its layers) and, for screen readers,
 * a text summary of what it shows in the current scene. Re-renders on scene, model and view changes, never on
 * hover (the layers follow the store themselves).
 */
import { summaryText } from '../domain/history-tables';
import { selectMapLegend, selectModel, selectNewCommuneSummaries, selectScene, selectT } from '../state/selectors';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { viewTitle } from '../ui/legend';
import { categoryText } from '../ui/map-legend';
import { MapCanvas } from './MapCanvas';

/** One line per district with its category in the view. */
function DistrictSummary() {
  const model = useAppStore(selectModel);
  // The map's own categories and words (ui/map-legend.ts), so the summary says what the colours say.
  const legend = useSettled(selectMapLegend);
  return (
    <>
      {legend &&
        model?.districts.map((d) => (
          <li key={d.code}>
            {d.name}: {categoryText(legend, d.code)}
          </li>
        ))}
    </>
  );
}

/** One line per 2025 commune with the summary of its predecessors. */
function NewCommuneSummary() {
  const t = useAppStore(selectT);
  const summaries = useAppStore(selectNewCommuneSummaries);
  return (
    <>
      {summaries.map((x) => (
        <li key={x.code}>
          {x.name}: {summaryText(x.summary, t)}
        </li>
      ))}
    </>
  );
}

export function MapView() {
  const t = useAppStore(selectT);
  const reform = useAppStore(selectScene).kind === 'reform';
  const history = useAppStore((s) => s.history);
  const provinceName = useAppStore((s) => selectModel(s)?.province.name ?? '');
  const title = useSettled((s) => viewTitle(t, s.view, s.year));
  const label = reform && history ? t('newUnits.map', { province: history.newProvince.name }) : t('map.label', { province: provinceName, view: title });
  return (
    <>
      <MapCanvas label={label} />
      <ul id="map-summary" className="visually-hidden" aria-label={t('map.summary')}>
        {reform ? <NewCommuneSummary /> : <DistrictSummary />}
      </ul>
    </>
  );
}
