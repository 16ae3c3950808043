/** Map exports: PNG at 2× with title, legend, date and source; print / PDF on A4 landscape. */
import { useState } from 'react';
import { formatDate } from '../i18n/i18n';
import { getActiveMap } from '../map/active-map';
import { renderMapPng } from '../map/export-png';
import { LABEL_FONT } from '../map/font';
import { todayIso, useAppStore } from '../state/store';
import { downloadBlob } from '../ui/download';
import { legendEntries, viewTitle } from '../ui/legend';

export function documentLine(): string {
  const { model } = useAppStore.getState();
  if (!model || !model.plan.document.file) return '—';
  const d = model.plan.document;
  return `${d.title} (${d.issuer}, ${d.issued})`;
}

export async function exportPng(): Promise<Blob | null> {
  const s = useAppStore.getState();
  const map = getActiveMap();
  if (!map || !s.model || s.national) return null;
  const district = s.model.districts.find((d) => d.code === s.selectedDistrict);
  const blob = await renderMapPng(map, {
    title: `${s.model.province.name}${district ? ` — ${district.name}` : ''}`,
    subtitle: viewTitle(s.t, s.view, s.year),
    legendTitle: s.t('legend.title'),
    legend: legendEntries(s.model, s.view, s.year, s.t),
    dateLine: s.t('export.date', { date: formatDate(todayIso(), s.language) }),
    sourceLine: s.t('export.source', { document: documentLine() }),
    font: LABEL_FONT,
  });
  downloadBlob(`${s.model.plan.province.slug}-${s.view}-${s.year}.png`, blob);
  return blob;
}

export function ExportBar() {
  const t = useAppStore((s) => s.t);
  const national = useAppStore((s) => s.national);
  const [busy, setBusy] = useState(false);
  return (
    <div className="export-bar">
      <button
        type="button"
        id="export-png"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void exportPng().finally(() => setBusy(false));
        }}
      >
        {t('export.png')}
      </button>
      <button type="button" id="export-print" onClick={() => window.print()}>
        {t('export.print')}
      </button>
      {!national && (
        <button type="button" id="present" className="primary" onClick={() => useAppStore.getState().setPresenting(true)}>
          {t('present.enter')}
        </button>
      )}
    </div>
  );
}
