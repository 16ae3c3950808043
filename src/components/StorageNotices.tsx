/**
 * Notices above the map: stored data that failed validation (quarantined: export it or discard it; the map shows
 * the plan meanwhile), changes merged with or refreshed from another tab, URL parameters that were ignored.
 */
import type { MessageKey } from '../i18n/i18n';
import { discardQuarantined, type QuarantinedRecord } from '../io/storage';
import { useNotices } from '../state/notices';
import { useAppStore } from '../state/store';
import { selectT } from '../state/selectors';
import { downloadBlob } from '../ui/download';

function exportRecord(q: QuarantinedRecord): void {
  let text: string;
  try {
    text = JSON.stringify(q.record, null, 2);
  } catch {
    text = String(q.record);
  }
  downloadBlob(`${q.key.replace(/[^a-z0-9-]+/gi, '-')}-quarantined.json`, new Blob([text ?? 'null'], { type: 'application/json' }));
}

export function StorageNotices() {
  const t = useAppStore(selectT);
  const code = useAppStore((s) => (s.national ? null : (s.baseModel?.province.code ?? null)));
  const notices = useNotices((s) => s.notices);
  const quarantined = useNotices((s) => s.quarantined);
  const dismiss = useNotices((s) => s.dismiss);
  const mine = quarantined.filter((q) => q.provinceCode === code);
  if (notices.length === 0 && mine.length === 0) return null;
  return (
    <div className="storage-notices">
      {mine.map((q) => (
        <p key={q.key} className="notice error-text" role="alert" data-quarantined={q.key}>
          {t(q.kind === 'overlay' ? 'storage.quarantined.overlay' : 'storage.quarantined.boundaries', {
            reason: t(q.reason.key as MessageKey, q.reason.params),
          })}{' '}
          <button type="button" className="link" data-action="export-quarantined" onClick={() => exportRecord(q)}>
            {t('storage.quarantine.export')}
          </button>{' '}
          <button
            type="button"
            className="link"
            data-action="discard-quarantined"
            onClick={() => {
              if (window.confirm(t('storage.quarantine.discardConfirm'))) void discardQuarantined(q.key).catch(() => undefined);
            }}
          >
            {t('storage.quarantine.discard')}
          </button>
        </p>
      ))}
      {notices.map((n) => (
        <p key={n.id} className={`notice${n.kind === 'warn' ? ' warn' : ''}`} role="status" data-notice={n.key}>
          {t(n.key as MessageKey, n.params)}{' '}
          <button type="button" className="link" aria-label={t('storage.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
