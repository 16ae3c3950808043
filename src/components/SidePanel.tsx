/** The side panel's tabs: the area panel, the lagging list and the deadlines timeline. */
import { lazy, Suspense } from 'react';
import { useAppStore, type PanelTab } from '../state/store';
import { selectModel, selectT } from '../state/selectors';
import { AreaPanel } from './AreaPanel';
import { afterFirstView } from '../map/first-idle';

// The Data tab (imports, parsers, exports) is loaded when first opened: a first visit does not need it (issue 19).
const DataPanel = lazy(() => import('./DataPanel').then((m) => ({ default: m.DataPanel })));
// The lagging and deadlines tabs are not the first view's either: fetched once it is idle, or when opened before.
const laggingPart = () => import('./LaggingPanel');
const deadlinesPart = () => import('./DeadlinesPanel');
const LaggingPanel = lazy(() => laggingPart().then((m) => ({ default: m.LaggingPanel })));
const DeadlinesPanel = lazy(() => deadlinesPart().then((m) => ({ default: m.DeadlinesPanel })));
void afterFirstView().then(() => Promise.all([laggingPart(), deadlinesPart()]).catch(() => undefined));

const TABS: PanelTab[] = ['overview', 'lagging', 'deadlines', 'data'];

export function SidePanel() {
  const t = useAppStore(selectT);
  const tab = useAppStore((s) => s.tab);
  const model = useAppStore(selectModel);
  if (!model) return <aside className="side" />;
  return (
    <aside className="side" aria-labelledby="panel-title">
      <div role="tablist" className="tabs" aria-label={t('tab.label')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'active' : ''}
            onClick={() => useAppStore.getState().setTab(id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = TABS[(TABS.indexOf(id) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
              useAppStore.getState().setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t(`tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'overview' && <AreaPanel />}
        <Suspense fallback={null}>
          {tab === 'lagging' && <LaggingPanel />}
          {tab === 'deadlines' && <DeadlinesPanel />}
          {tab === 'data' && <DataPanel />}
        </Suspense>
      </div>
    </aside>
  );
}
