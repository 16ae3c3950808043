/** Small presentational pieces shared by the panels. */
import { useState, type ReactNode } from 'react';
import type { ProvinceModel } from '../domain/model';
import type { SourceRef } from '../domain/plan';
import { buildTable, tableToCsv, tableToJson, type TableId } from '../domain/tables';
import { useAppStore } from '../state/store';

export function SourceNote({ source }: { source: SourceRef }) {
  return (
    <span className="source" title={source.quote.replace(/\s+/g, ' ')}>
      {source.section}
      {source.row ? ` · TT ${source.row}` : ''}
    </span>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="panel-section">
      <div className="section-head">
        <h3>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Empty() {
  const t = useAppStore((s) => s.t);
  return <p className="empty">{t('panel.empty')}</p>;
}

/** Shows the first `limit` items and a button for the rest. */
export function Collapsible<T>({ items, limit, render }: { items: T[]; limit: number; render: (item: T) => ReactNode }) {
  const t = useAppStore((s) => s.t);
  const [open, setOpen] = useState(false);
  const shown = open ? items : items.slice(0, limit);
  return (
    <>
      {shown.map(render)}
      {items.length > limit && (
        <button type="button" className="link" onClick={() => setOpen(!open)}>
          {open ? t('panel.showLess') : t('panel.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({ model, table, districtCode }: { model: ProvinceModel; table: TableId; districtCode?: string }) {
  const t = useAppStore((s) => s.t);
  const language = useAppStore((s) => s.language);
  const year = useAppStore((s) => s.year);
  const build = () => buildTable(model, table, { t, language, districtCode, year });
  const base = `${model.plan.province.slug}-${table}${districtCode ? `-${districtCode}` : ''}`;
  return (
    <span className="exports">
      <button type="button" className="small" data-export={`${table}-csv`} onClick={() => download(`${base}.csv`, tableToCsv(build()), 'text/csv;charset=utf-8')}>
        {t('panel.export')}
      </button>
      <button type="button" className="small" onClick={() => download(`${base}.json`, tableToJson(build()), 'application/json')}>
        {t('panel.exportJson')}
      </button>
    </span>
  );
}
