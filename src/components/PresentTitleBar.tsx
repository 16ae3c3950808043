/** Presentation mode's title bar: the title, what is stepped through, previous / next, and exit (every scene). */
import type { ReactNode } from 'react';
import { isFilterActive } from '../domain/filters';
import { selectOffice2025, selectOfficeLegend2025 } from '../state/province-choices';
import { selectCommuneLegend, selectMapLegend, selectModel, selectScene, selectT } from '../state/selectors';
import { useAppStore, type AppState } from '../state/store';
import { filterWords } from '../ui/filter-words';

/**
 * The active filters in words with how many areas they keep ("Đang lọc: Đạt chuẩn NTM — 12/54 xã"), so a room knows
 * the dimmed areas are filtered out; null without filters or where the map does not apply them.
 */
export function selectPresentFilterNote(s: AppState): string | null {
  if (!isFilterActive(s.filter)) return null;
  const t = selectT(s);
  const office = selectOffice2025(s);
  const scene = selectScene(s);
  const legend = office ? selectOfficeLegend2025(s) : scene.kind === 'province' ? (scene.communes ? selectCommuneLegend(s) : selectMapLegend(s)) : null;
  const model = office?.office ?? selectModel(s);
  if (!legend?.matching || !model) return null;
  const words = filterWords(s.filter, model, t);
  const counts = { filter: words.join('; '), count: legend.matching.size, total: legend.categories.size };
  return legend.tier === 'commune' ? t('present.filtered.commune', counts) : t('present.filtered.district', counts);
}

export function PresentTitleBar({ title, order, step }: { title: ReactNode; order?: ReactNode; step: (delta: number) => void }) {
  const t = useAppStore(selectT);
  const filtered = useAppStore(selectPresentFilterNote);
  return (
    <div className="present-title">
      <div className="present-heading">
        <h1>{title}</h1>
        {filtered && (
          <p className="present-filter" role="status">
            {filtered}
          </p>
        )}
      </div>
      {order}
      <span className="present-nav">
        <button type="button" id="present-prev" onClick={() => step(-1)} aria-label={t('present.prev')}>
          ‹
        </button>
        <button type="button" id="present-next" onClick={() => step(1)} aria-label={t('present.next')}>
          ›
        </button>
      </span>
      <button type="button" className="present-exit" onClick={() => useAppStore.getState().setPresenting(false)}>
        {t('present.exit')}
      </button>
    </div>
  );
}
