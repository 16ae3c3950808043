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
import { selectProvince2025 } from '../state/province-choices';

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
  // The 2025 province's name (from its history, or its own files when opened by itself).
  const name2025 = useAppStore((s) => s.history?.newProvince.name ?? selectProvince2025(s)?.model.province.name ?? null);
  const provinceName = useAppStore((s) => selectModel(s)?.province.name ?? '');
  const title = useSettled((s) => viewTitle(t, s.view, s.year));
  const label = reform && name2025 ? t('newUnits.map', { province: name2025 }) : t('map.label', { province: provinceName, view: title });
  return (
    <>
      <MapCanvas label={label} />
      <ul id="map-summary" className="visually-hidden" aria-label={t('map.summary')}>
        {reform ? <NewCommuneSummary /> : <DistrictSummary />}
      </ul>
    </>
  );
}
