/** The side panel's tabs: the area panel, the lagging list and the deadlines timeline. */
import { lazy, Suspense } from 'react';
import { useAppStore, type PanelTab } from '../state/store';
import { selectModel, selectT } from '../state/selectors';
import { AreaPanel } from './AreaPanel';

// The other tabs are not the first view's either: each tab's code is fetched when the tab is pointed at or focused
// (ahead of the click or arrow key that opens it), or when opened.
const PARTS = {
  lagging: () => import('./LaggingPanel'),
  deadlines: () => import('./DeadlinesPanel'),
  data: () => import('./DataPanel'),
} as const;
const LaggingPanel = lazy(() => PARTS.lagging().then((m) => ({ default: m.LaggingPanel })));
const DeadlinesPanel = lazy(() => PARTS.deadlines().then((m) => ({ default: m.DeadlinesPanel })));
// The Data tab (imports, parsers, exports): a first visit does not need it (issue 19).
const DataPanel = lazy(() => PARTS.data().then((m) => ({ default: m.DataPanel })));
const prefetch = (id: PanelTab) => void (id !== 'overview' && PARTS[id]().catch(() => undefined));

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
            onPointerEnter={() => prefetch(id)}
            onFocus={() => prefetch(id)}
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
