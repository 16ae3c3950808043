/** Legend of a numeric indicator: class bounds, counts, the classing method (switchable) and "print values". Props only. */
import { CLASS_METHODS, type ClassMethod } from '../domain/classify';
import type { MessageKey, Translate } from '../i18n/i18n';
import type { ChoroplethLegendRow } from '../ui/sequential-scale';

export interface ChoroplethLegendProps {
  t: Translate;
  question: string;
  rows: ChoroplethLegendRow[];
  method: ClassMethod;
  onMethod: (method: ClassMethod) => void;
  showValues: boolean;
  onShowValues: (show: boolean) => void;
}

export function ChoroplethLegend({ t, question, rows, method, onMethod, showValues, onShowValues }: ChoroplethLegendProps) {
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2 className="legend-question">{question}</h2>
      <ul>
        {rows.map((r) => (
          <li key={r.key} data-category={r.key}>
            <span className={`swatch${r.key === 'no-data' ? ' hatched' : ''}`} style={{ background: r.colour }} aria-hidden="true" />
            <span className="legend-label">{r.label}</span>
            <span className="legend-count">{t('legend.count', { count: r.count })}</span>
          </li>
        ))}
      </ul>
      <label>
        {t('classify.method')}{' '}
        <select value={method} onChange={(e) => onMethod(e.target.value as ClassMethod)}>
          {CLASS_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`classify.${m}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={showValues} onChange={(e) => onShowValues(e.target.checked)} /> {t('indicator.showValues')}
      </label>
    </section>
  );
}
