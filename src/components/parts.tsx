/** Small presentational pieces shared by the panels. */
import { useState, type ReactNode } from 'react';
import type { ProvinceModel } from '../domain/model';
import type { SourceRef } from '../domain/plan';
import type { TableId } from '../domain/tables';
import { citation } from '../domain/facts';
import { downloadTable, downloadTableXlsx, tableBuilder } from '../ui/download';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectModel, selectT } from '../state/selectors';
import { LEVEL_COLORS, textColorOn } from '../ui/scale';
import { usePrinting } from '../ui/print';
import type { MessageKey } from '../i18n/i18n';

/** A citation by the plan's title, section and row ("KH 2024 Thanh Hóa · Phụ lục · dòng 12"); the quote on hover. */
export function SourceNote({ source }: { source: SourceRef }) {
  const t = useAppStore(selectT);
  const plan = useAppStore((s) => selectModel(s)?.plan);
  return (
    <span className="source" title={source.quote.replace(/\s+/g, ' ')}>
      {plan ? citation(plan, source, t) : source.section}
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
  const t = useAppStore(selectT);
  return <p className="empty">{t('panel.empty')}</p>;
}

/** Shows the first `limit` items and a button for the rest. */
export function Collapsible<T>({ items, limit, render }: { items: T[]; limit: number; render: (item: T) => ReactNode }) {
  const t = useAppStore(selectT);
  const [open, setOpen] = useState(false);
  // On paper every row is there.
  const printing = usePrinting();
  const shown = open || printing ? items : items.slice(0, limit);
  return (
    <>
      {shown.map(render)}
      {items.length > limit && !printing && (
        <button type="button" className="link" onClick={() => setOpen(!open)}>
          {open ? t('panel.showLess') : t('panel.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}

export function ExportButtons({ model, table, districtCode }: { model: ProvinceModel; table: TableId; districtCode?: string }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const year = useSettled((s) => s.year);
  const history = useAppStore((s) => s.history);
  const build = async () => (await tableBuilder())(model, table, { t, language, districtCode, year, history: history ?? undefined });
  const base = `${model.plan.province.slug}-${table}${districtCode ? `-${districtCode}` : ''}`;
  return (
    <span className="exports">
      <button type="button" className="small" data-export={`${table}-csv`} onClick={() => void build().then((x) => downloadTable(base, x, 'csv'))}>
        CSV
      </button>
      <button type="button" className="small" data-export={`${table}-xlsx`} onClick={() => void build().then((x) => downloadTableXlsx(base, x))}>
        Excel
      </button>
      <button type="button" className="small" data-export={`${table}-json`} onClick={() => void build().then((x) => downloadTable(base, x, 'json'))}>
        JSON
      </button>
    </span>
  );
}

export function LevelBadge({ level }: { level: keyof typeof LEVEL_COLORS }) {
  const t = useAppStore(selectT);
  const bg = LEVEL_COLORS[level];
  return (
    <span className="badge" style={{ background: bg, color: textColorOn(bg) }}>
      {t(`level.${level}` as MessageKey)}
    </span>
  );
}

/** A legend's colour sample: filled, hatched for "no data" and partial areas, or an outline. */
export function Swatch({ color, hatched = false, outline = false }: { color: string; hatched?: boolean; outline?: boolean }) {
  const className = `swatch${hatched ? ' hatched' : ''}${outline ? ' outline' : ''}`;
  return <span className={className} style={outline ? { borderColor: color } : { background: color }} aria-hidden="true" />;
}
