/** Presentation mode's title bar: the title, what is stepped through, previous / next, and exit (every scene). */
import type { ReactNode } from 'react';
import { selectT } from '../state/selectors';
import { useAppStore } from '../state/store';

export function PresentTitleBar({ title, order, step }: { title: ReactNode; order?: ReactNode; step: (delta: number) => void }) {
  const t = useAppStore(selectT);
  return (
    <div className="present-title">
      <h1>{title}</h1>
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
