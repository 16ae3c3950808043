/**
 * Tables of a province in the units of 1 July 2025, for any of the 34 provinces: its communes (with, for the
 * plan provinces, the predecessors' facts in the view and year shown) and the office's status template.
 * Same rows in the app and in `npm run export -- --province <2025 slug> --table communes-2025|status-template`; and
 * the office's own status table (status-2025) and lagging list (lagging-2025) with `--overlay <file>`.
 */
import type { MessageKey, Translate } from '../i18n/i18n';
import { officeModel2025, type Province2025Model } from './communes-2025';
import type { LevelState } from './levels';
import type { ProvinceModel } from './model';
import { lagging2025, officeFacts2025 } from './office-2025';
import { unitStatus } from './views';
import { newCommuneCategory, type NewCommuneView } from './new-commune-plan';
import { categoryCountText, citationText, outsideText, partialText } from './new-commune-texts';
import { statusTemplate2025 } from './status-import-2025';
import type { Cell, Column } from './tables';

export const TABLE_IDS_2025 = ['communes-2025', 'status-template-2025', 'status-2025', 'lagging-2025'] as const;
/** Tables of the office's own 2025 status table (the 5-digit import; `npm run export -- … --overlay <file>`). */
export const OFFICE_TABLE_IDS_2025: readonly Table2025Id[] = ['status-2025', 'lagging-2025'];
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

const levelText = (level: LevelState, t: Translate) => t(`level.${level}` as MessageKey);

/**
 * The office's status table as it stands: one row per commune, the template's columns (so the file can be imported
 * again), the office's facts filled in, "không có dữ liệu" where it states none.
 */
export function status2025Table(model: Province2025Model, office: ProvinceModel, t: Translate): Table2025 {
  const template = statusTemplate2025(model, t);
  return {
    id: 'status-2025',
    title: t('table.status-2025', { province: model.province.name }),
    columns: template.columns,
    rows: model.communes.map((c) => {
      const f = officeFacts2025(office, c.code);
      const reg = f.registrations[f.registrations.length - 1];
      return {
        code: c.code,
        name: c.name,
        level: levelText(f.level, t),
        yearRecognised: f.yearRecognised,
        criteria: f.criteria?.met ?? null,
        criteriaTotal: f.criteria?.total ?? null,
        regLevel: reg ? levelText(reg.level, t) : null,
        regYear: reg?.year ?? null,
        agency: f.agencies.join('; ') || null,
      };
    }),
  };
}

/** The lagging list of today's communes for a year (./office-2025 lagging2025), one row per commune and reason. */
export function lagging2025Table(model: Province2025Model, office: ProvinceModel, year: number, t: Translate): Table2025 {
  const l = lagging2025(office, year);
  const keys = ['reason', 'code', 'name', 'targetLevel', 'targetYear', 'level', 'criteria'];
  const row = (reason: string, e: { code: string; name: string }, extra: Partial<Record<string, Cell>>) => ({
    reason,
    code: e.code,
    name: e.name,
    targetLevel: null,
    targetYear: null,
    level: null,
    criteria: null,
    ...extra,
  });
  const criteriaText = (c: { met: number; total: number } | null) => (c ? `${c.met}/${c.total}` : null);
  return {
    id: 'lagging-2025',
    title: t('table.lagging-2025', { province: model.province.name, year: String(year) }),
    columns: keys.map((key) => ({ key, label: t(`col.lagging2025.${key}` as MessageKey) })),
    rows: [
      ...l.behind.map((e) =>
        row(t('lagging2025.reason.behind'), e, {
          targetLevel: levelText(e.registered, t),
          targetYear: e.targetYear,
          level: levelText(e.level, t),
          criteria: criteriaText(e.criteria),
        }),
      ),
      ...l.withoutLevel.map((e) =>
        row(t('lagging2025.reason.withoutLevel'), e, {
          targetLevel: levelText(e.registered, t),
          targetYear: e.targetYear,
          level: levelText('no-data', t),
          criteria: criteriaText(e.criteria),
        }),
      ),
      ...l.belowCriteria.map((e) => row(t('lagging2025.reason.criteria'), e, { level: levelText(unitStatus(office, e.code), t), criteria: criteriaText(e) })),
    ],
  };
}

export function buildTable2025(
  model: Province2025Model,
  id: Table2025Id,
  options: { t: Translate; view?: NewCommuneView; year?: number; office?: ProvinceModel },
): Table2025 {
  if (id === 'status-template-2025') return { id, ...statusTemplate2025(model, options.t) };
  const office = () => options.office ?? officeModel2025(model);
  if (id === 'status-2025') return status2025Table(model, office(), options.t);
  if (id === 'lagging-2025') return lagging2025Table(model, office(), options.year ?? new Date().getFullYear(), options.t);
  return communes2025Table(model, options.view ?? 'level', options.year ?? 2025, options.t);
}
