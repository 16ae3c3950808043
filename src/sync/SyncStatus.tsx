/**
 * Whose data the map shows, in one line under the toolbar: the shared workspace's (version, last change, changes
 * waiting offline) or the published layer (date, author); nothing for the plan alone. And the merge prompt when
 * a change was made on data someone else had changed meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import type { PublishedLayer } from '../domain/published';
import { formatDate } from '../i18n/i18n';
import { selectModel, selectT } from '../state/selectors';
import { useAppStore } from '../state/store';
import { loadPublished } from './published';
import { settleConflict } from './sync';
import { useSyncStore } from './sync-store';

function ConflictPrompt() {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const model = useAppStore(selectModel);
  const conflict = useSyncStore((s) => s.conflict);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && conflict && !d.open) d.showModal();
  }, [conflict]);
  if (!conflict) return null;
  const nameOf = (code: string) => model?.communes.find((c) => c.code === code)?.name ?? model?.districts.find((d) => d.code === code)?.name ?? code;
  return (
    <dialog ref={ref} className="import-dialog sync-conflict" aria-labelledby="conflict-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="conflict-title">{t('sync.conflict.title')}</h2>
      <p>
        {t('sync.conflict.body', {
          by: conflict.lastBy || '—',
          at: conflict.lastAt ? `${formatDate(conflict.lastAt.slice(0, 10), language)} ${conflict.lastAt.slice(11, 16)}` : '',
          label: conflict.label,
        })}
      </p>
      {conflict.overlapping.length > 0 && <p className="notice">{t('sync.conflict.overlap', { units: conflict.overlapping.map(nameOf).join(', ') })}</p>}
      <div className="actions">
        <button type="button" id="sync-reapply" onClick={() => void settleConflict('reapply')}>
          {t('sync.conflict.reapply')}
        </button>
        <button type="button" id="sync-discard" onClick={() => void settleConflict('discard')}>
          {t('sync.conflict.discard')}
        </button>
      </div>
    </dialog>
  );
}

export function SyncStatus() {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const overlay = useAppStore((s) => s.overlay);
  const slug = useAppStore((s) => s.provinceSlug);
  const code = useAppStore((s) => s.baseModel?.province.code ?? null);
  const server = useSyncStore((s) => s.server);
  const remoteCode = useSyncStore((s) => s.provinceCode);
  const version = useSyncStore((s) => s.version);
  const pending = useSyncStore((s) => s.pending.length);
  const [published, setPublished] = useState<PublishedLayer | null>(null);
  useEffect(() => {
    let live = true;
    setPublished(null);
    if (slug)
      void loadPublished(slug)
        .then((p) => live && setPublished(p))
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [slug]);
  const when = (iso: string) => `${formatDate(iso.slice(0, 10), language)} ${iso.slice(11, 16)}`;
  let line: string | null = null;
  if (code && remoteCode === code && overlay) {
    const last = overlay.history[overlay.history.length - 1];
    line = last ? t('sync.status.server', { version: version ?? 0, by: last.by || '—', at: when(last.at) }) : t('sync.status.serverEmpty');
    if (server === 'offline') line += ` · ${t('sync.status.offline')}`;
    if (pending) line += ` · ${t('sync.status.pending', { count: pending })}`;
  } else if (published && overlay === published.overlay) {
    line = t('sync.status.published', { by: published.publishedBy || '—', date: formatDate(published.publishedAt.slice(0, 10), language) });
  }
  return (
    <>
      {line && (
        <div className="sync-status" id="sync-status" role="status" data-version={remoteCode === code ? (version ?? '') : ''}>
          {line}
        </div>
      )}
      <ConflictPrompt />
    </>
  );
}
