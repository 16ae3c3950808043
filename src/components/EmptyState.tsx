/** The map's empty state: one sentence, and the way forward (template download, import). Props only. */
import type { EmptyState as EmptyStateData } from '../domain/empty-state';
import type { MessageKey, Translate } from '../i18n/i18n';

export function EmptyState({
  t,
  state,
  onTemplate,
  onImport,
}: {
  t: Translate;
  state: EmptyStateData;
  onTemplate: (format: 'csv' | 'xlsx') => void;
  onImport?: () => void;
}) {
  return (
    <div className="map-empty" role="status" data-empty={state.key}>
      <p>{t(state.key as MessageKey, state.params)}</p>
      <p className="small">{t('empty.fix')}</p>
      <div className="actions">
        <button type="button" onClick={() => onTemplate('xlsx')}>
          {t('empty.template.xlsx')}
        </button>
        <button type="button" onClick={() => onTemplate('csv')}>
          {t('empty.template.csv')}
        </button>
        {onImport && (
          <button type="button" onClick={onImport}>
            {t('data.importTable')}
          </button>
        )}
      </div>
    </div>
  );
}
