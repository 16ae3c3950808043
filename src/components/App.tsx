import { lazy, memo, Suspense, useEffect } from 'react';
import { MapView } from '../map/MapView';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { replaceUrl, syncUrl } from '../state/effects/url';
import { selectEra, selectModel, selectScene, selectT } from '../state/selectors';
import { ExportBar, documentLine } from './ExportBar';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import { Legend } from './Legend';
import { SearchBox } from './SearchBox';
import { SidePanel } from './SidePanel';
// The 2025 units' legend is drawn with their first view, before the map frames the province (./Communes2025Legend).
import { NewUnitsLegend } from './NewUnitsLegend';
import { UnitsBanner } from './UnitsControl';
import { useNotices } from '../state/notices';
import { useSideOpen } from './use-side-open';
import { formatDate } from '../i18n/i18n';
import { todayIso } from '../state/store';
import { exportFooter } from '../ui/attribution';
import { mapTitleText } from './Legend';
import { selectOffice2025, selectProvince2025 } from '../state/province-choices';
import { REFORM_DATE } from '../domain/history';
import { afterFirstView } from '../map/first-idle';
import { useServerPresence } from '../sync/presence';
import { hasPublished } from '../sync/published';

// Presentation mode is loaded when first entered (issue 19); so are the national overview's parts and the 2025
// units' panel and tooltip (below), with the first scene that shows them: a province's first visit has neither.
const PresentationOverlay = lazy(() => import('./Presentation').then((m) => ({ default: m.PresentationOverlay })));
const nationalParts = () => import('./NationalPanel');
const NationalPanel = lazy(() => nationalParts().then((m) => ({ default: m.NationalPanel })));
const NationalLegend = lazy(() => nationalParts().then((m) => ({ default: m.NationalLegend })));
const NationalTooltip = lazy(() => nationalParts().then((m) => ({ default: m.NationalTooltip })));
// The 2025 units' side panel (each new commune with its predecessors) and hover tooltip come after the map's first
// idle view, as the province's tooltip does: the first view is the map and its legend (issue 19).
const newUnitsParts = () => afterFirstView().then(() => import('./NewUnitsPanel'));
const NewUnitsPanel = lazy(() => newUnitsParts().then((m) => ({ default: m.NewUnitsPanel })));
const NewCommuneTooltip = lazy(() => newUnitsParts().then((m) => ({ default: m.NewCommuneTooltip })));
// The service worker is registered (and its update prompt shown) after the first view is idle (issue 19). The
// shared workspace's status line comes where there is something to say: a server answered its session check (made
// after the first view: main.tsx) or the province has a published layer. The province's hover tooltip comes with the
// first hover.
const SyncStatus = lazy(() => import('../sync/SyncStatus').then((m) => ({ default: m.SyncStatus })));
const Tooltip = lazy(() => import('./Tooltip').then((m) => ({ default: m.Tooltip })));
const UpdatePrompt = lazy(() =>
  afterFirstView()
    .then(() => import('./UpdatePrompt'))
    .then((m) => ({ default: m.UpdatePrompt })),
);
// The notices (quarantined records, ignored link parameters, other tabs' changes) come with the first one (issue 19).
const StorageNotices = lazy(() => import('./StorageNotices').then((m) => ({ default: m.StorageNotices })));

/** Title, date and source printed above the map on paper (hidden on screen). */
function PrintHeader() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const language = useAppStore((s) => s.language);
  const era = useAppStore(selectEra);
  const history = useAppStore((s) => s.history);
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  const title = useSettled((s) => (model ? mapTitleText(s, model, t) : ''));
  // The same footer as the PNG: the plan and exactly the boundary files the map draws (src/ui/attribution.ts).
  const footer = useAppStore((s) => exportFooter(s, formatDate(todayIso(), s.language), documentLine()));
  // A 2025 province opened by itself has no plan model: its name and the units of 1 July 2025.
  const standalone = useAppStore((s) => (s.standalone2025 ? selectProvince2025(s) : null));
  if (standalone)
    return (
      <div className="print-header">
        <h1>{standalone.model.province.name}</h1>
        <p>{t('units.era.reform', { date: formatDate(REFORM_DATE, language), province: standalone.model.province.name })}</p>
        <p>{footer}</p>
      </div>
    );
  if (!model) return null;
  const units =
    era === 'reform' && history
      ? t('units.era.reform', { date: formatDate(history.reform.date, language), province: history.newProvince.name })
      : era === 'rearranged' && history?.wave
        ? t('units.era.rearranged', { date: formatDate(history.wave.date, language) })
        : null;
  return (
    <div className="print-header">
      <h1>{era === 'reform' && history ? history.newProvince.name : title}</h1>
      {units && unitsAsOf && (
        <p>
          {t('units.asOf.label')} {formatDate(unitsAsOf, language)}: {units}
        </p>
      )}
      <p>{footer}</p>
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
  // Today's communes coloured by the office's 2025 table are filtered like the district maps.
  const office2025 = useAppStore((s) => selectOffice2025(s) !== null);
  const t = useAppStore(selectT);
  const anyNotice = useNotices((s) => s.notices.length > 0 || s.quarantined.length > 0);
  const hovering = useAppStore((s) => s.hover !== null);
  const serverPresent = useServerPresence((s) => s.present);
  const published = useAppStore((s) => s.provinceSlug !== null && hasPublished(s.provinceSlug));
  const syncLine = serverPresent || published;
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
  // The side column (toolbar, notices and the panel): beside the map on a screen, a bottom sheet on a phone;
  // it can be folded away so the map takes the whole width (or height).
  // (Closed by default on a phone; a choice made there does not carry over to a wide window: ./use-side-open.)
  const [panelOpen, togglePanel] = useSideOpen();
  return (
    <div className={`app${presenting ? ' presenting' : ''}`} data-status={status}>
      {!presenting && <HeaderPart />}
      {status === 'error' && (
        <div className="error" role="alert">
          {t('app.error', { message: error ?? '' })}
        </div>
      )}
      <PrintPart />
      <main className="main">
        <div className="map-wrap">
          <MapPart />
          <Suspense fallback={null}>{!presenting && (national ? <NationalLegend /> : reform ? <NewUnitsLegend /> : <LegendPart />)}</Suspense>
          {/* A boundary of its own: the province's tooltip comes with the first hover, the legend must not wait for it. */}
          <Suspense fallback={null}>{!presenting && (national ? <NationalTooltip /> : reform ? <NewCommuneTooltip /> : hovering && <Tooltip />)}</Suspense>
          {presenting && (
            <Suspense fallback={null}>
              <PresentationOverlay />
            </Suspense>
          )}
          {status === 'loading' && <div className="loading">{t('app.loading')}</div>}
        </div>
        {!presenting && (
          <div className={`side-column${panelOpen ? ' open' : ' collapsed'}`} id="side-column">
            <button
              type="button"
              className="panel-toggle"
              id="panel-toggle"
              aria-expanded={panelOpen}
              aria-controls="side-content"
              title={panelOpen ? t('layout.panel.hide') : t('layout.panel.show')}
              onClick={togglePanel}
            >
              <span className="panel-toggle-icon" aria-hidden="true" />
              <span className="panel-toggle-text">{panelOpen ? t('layout.panel.hide') : t('layout.panel.show')}</span>
            </button>
            <div className="side-content" id="side-content" hidden={!panelOpen}>
              <div className="toolbar">
                {!national && !reform && <SearchPart />}
                {!national && (!reform || office2025) && <FilterPart />}
                <ExportPart />
              </div>
              {!national && <BannerPart />}
              {anyNotice && (
                <Suspense fallback={null}>
                  <StorageNotices />
                </Suspense>
              )}
              {!national && syncLine && (
                <Suspense fallback={null}>
                  <SyncStatus />
                </Suspense>
              )}
              <Suspense fallback={null}>{national ? <NationalPart /> : reform ? <NewUnitsPart /> : <SidePart />}</Suspense>
            </div>
          </div>
        )}
      </main>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </div>
  );
}
