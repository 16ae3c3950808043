/**
 * Tables of a province in the units of 1 July 2025, for any of the 34 provinces: its communes (with, for the
 * plan provinces, the predecessors' facts in the view and year shown) and the office's status template.
 * Same rows in the app and in `npm run export -- --province <2025 slug> --table communes-2025|status-template`.
 */
import type { MessageKey, Translate } from '../i18n/i18n';
import type { Province2025Model } from './communes-2025';
import { newCommuneCategory, type NewCommuneView } from './new-commune-plan';
import { categoryCountText, citationText, outsideText, partialText } from './new-commune-texts';
import { statusTemplate2025 } from './status-import-2025';
import type { Cell, Column } from './tables';

export const TABLE_IDS_2025 = ['communes-2025', 'status-template-2025'] as const;
export type Table2025Id = (typeof TABLE_IDS_2025)[number];

export interface Table2025 {
  id: Table2025Id;
  title: string;
  columns: Column[];
  rows: Record<string, Cell>[];
}

export function isTable2025Id(value: string): value is Table2025Id {
  return (TABLE_IDS_2025 as readonly string[]).includes(value);
}

const TYPE_KEYS = { xa: 'type2025.xa', phuong: 'type2025.phuong', 'dac-khu': 'type2025.dac-khu' } as const;

/** Every commune of the province; for those formed from planned communes, the category count of the view and year. */
export function communes2025Table(model: Province2025Model, view: NewCommuneView, year: number, t: Translate): Table2025 {
  const keys = ['code', 'name', 'sourceName', 'type', 'predecessors', 'viewSummary', 'partial', 'citations'];
  return {
    id: 'communes-2025',
    title: t('table.communes-2025', { province: model.province.name }),
    columns: keys.map((key) => ({
      key,
      label: key === 'viewSummary' ? t(`col.viewSummary.${view}` as MessageKey, { year: String(year) }) : t(`col.${key}` as MessageKey),
    })),
    rows: model.communes.map((c) => {
      const s = model.summaries.get(c.code);
      const category = s ? newCommuneCategory(s, view, year) : null;
      return {
        code: c.code,
        name: c.name,
        sourceName: c.sourceName,
        type: t(TYPE_KEYS[c.type]),
        predecessors: s ? [...s.predecessors.map((p) => `${p.name} (${p.code})`), ...s.otherPredecessors.map((o) => `${o.name} (${o.code})`)].join('; ') : null,
        // No planned predecessor: the plans say nothing of this commune.
        viewSummary: category ? categoryCountText(category, t) : t('level.no-data'),
        partial: category ? [partialText(category, t), outsideText(category, t)].filter(Boolean).join('; ') || null : null,
        citations: s ? s.predecessors.flatMap((p) => p.citations.map((x) => `${p.name}: ${citationText(x, t)}`)).join(' | ') || null : null,
      };
    }),
  };
}

export function buildTable2025(model: Province2025Model, id: Table2025Id, options: { t: Translate; view?: NewCommuneView; year?: number }): Table2025 {
  if (id === 'status-template-2025') return { id, ...statusTemplate2025(model, options.t) };
  return communes2025Table(model, options.view ?? 'level', options.year ?? 2025, options.t);
}
