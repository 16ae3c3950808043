import { lazy, memo, Suspense, useEffect } from 'react';
import { MapView } from '../map/MapView';
import { useAppStore } from '../state/store';
import { replaceUrl, syncUrl } from '../state/effects/url';
import { selectEra, selectModel, selectScene, selectT } from '../state/selectors';
import { ExportBar, documentLine } from './ExportBar';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import { Legend } from './Legend';
import { NationalLegend, NationalPanel, NationalTooltip } from './NationalPanel';
import { SearchBox } from './SearchBox';
import { SidePanel } from './SidePanel';
import { Tooltip } from './Tooltip';
import { NewCommuneTooltip, NewUnitsPanel } from './NewUnitsPanel';
import { NewUnitsLegend } from './NewUnitsLegend';
import { UnitsBanner } from './UnitsControl';
import { StorageNotices } from './StorageNotices';
import { SyncStatus } from '../sync/SyncStatus';
import { UpdatePrompt } from './UpdatePrompt';
import { formatDate } from '../i18n/i18n';
import { todayIso } from '../state/store';
import { viewTitle } from '../ui/legend';

// Presentation mode is loaded when first entered (issue 19).
const PresentationOverlay = lazy(() => import('./Presentation').then((m) => ({ default: m.PresentationOverlay })));

/** Title, date and source printed above the map on paper (hidden on screen). */
function PrintHeader() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  const language = useAppStore((s) => s.language);
  const era = useAppStore(selectEra);
  const history = useAppStore((s) => s.history);
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  if (!model) return null;
  const units =
    era === 'reform' && history
      ? t('units.era.reform', { date: formatDate(history.reform.date, language), province: history.newProvince.name })
      : era === 'rearranged' && history?.wave
        ? t('units.era.rearranged', { date: formatDate(history.wave.date, language) })
        : null;
  return (
    <div className="print-header">
      <h1>
        {era === 'reform' && history ? history.newProvince.name : `${model.province.name} — ${viewTitle(t, view, year)}`}
      </h1>
      {units && unitsAsOf && (
        <p>
          {t('units.asOf.label')} {formatDate(unitsAsOf, language)}: {units}
        </p>
      )}
      <p>
        {t('export.date', { date: formatDate(todayIso(), language) })} · {t('export.source', { document: documentLine() })}
      </p>
    </div>
  );
}

// The shell re-renders on status and mode changes; the parts below read the store themselves, so they are memoised
// and do not re-render with it (the map view and the side panel are the heavy ones).
const HeaderPart = memo(Header);
const SearchPart = memo(SearchBox);
const FilterPart = memo(FilterBar);
const ExportPart = memo(ExportBar);
const BannerPart = memo(UnitsBanner);
const PrintPart = memo(PrintHeader);
const MapPart = memo(MapView);
const LegendPart = memo(Legend);
const SidePart = memo(SidePanel);
const NewUnitsPart = memo(NewUnitsPanel);
const NationalPart = memo(NationalPanel);

export function App() {
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const presenting = useAppStore((s) => s.presenting);
  const scene = useAppStore(selectScene);
  const national = scene.kind === 'national';
  const reform = scene.kind === 'reform';
  const t = useAppStore(selectT);
  useEffect(() => {
    let stop: (() => void) | undefined;
    void useAppStore
      .getState()
      .init()
      .then(() => {
        replaceUrl(useAppStore);
        stop = syncUrl(useAppStore);
      });
    return () => stop?.();
  }, []);
  return (
    <div className={`app${presenting ? ' presenting' : ''}`} data-status={status}>
      {!presenting && <HeaderPart />}
      {!presenting && (
        <div className="toolbar">
          {!national && !reform && <SearchPart />}
          {!national && !reform && <FilterPart />}
          <ExportPart />
        </div>
      )}
      {!presenting && !national && <BannerPart />}
      {!presenting && <StorageNotices />}
      {!presenting && !national && <SyncStatus />}
      {status === 'error' && (
        <div className="error" role="alert">
          {t('app.error', { message: error ?? '' })}
        </div>
      )}
      <PrintPart />
      <main className="main">
        <div className="map-wrap">
          <MapPart />
          {!presenting && (national ? <NationalLegend /> : reform ? <NewUnitsLegend /> : <LegendPart />)}
          {!presenting && (national ? <NationalTooltip /> : reform ? <NewCommuneTooltip /> : <Tooltip />)}
          {presenting && (
            <Suspense fallback={null}>
              <PresentationOverlay />
            </Suspense>
          )}
          {status === 'loading' && <div className="loading">{t('app.loading')}</div>}
        </div>
        {!presenting && (national ? <NationalPart /> : reform ? <NewUnitsPart /> : <SidePart />)}
      </main>
      <UpdatePrompt />
    </div>
  );
}
