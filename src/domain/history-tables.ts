/**
 * Tables of units over time: the crosswalk of plan-era communes to 2025 communes, the new communes with
 * their predecessors and summary, and the list of unit changes with their basis. Same rows in the app and the CLI.
 */
import type { MessageKey, Translate } from '../i18n/i18n';
import { newCommuneSummaries, unfollowedCommunes, type NewCommuneSummary } from './crosswalk';
import { newCommuneTableColumns, newCommuneTableRows } from './new-commune-texts';
import { planName, type ProvinceHistory } from './history';
import type { ProvinceModel } from './model';
import { columns, type Cell, type Table } from './table-shape';

/** "3/4 xã tiền thân đạt NTM nâng cao — cần công nhận lại", in the reader's language. */
export function summaryText(s: NewCommuneSummary['summary'], t: Translate): string {
  if (s.kind === 'no-data') return t('newUnits.summary.noData', { total: s.total });
  const level = t(`level.${s.level}` as MessageKey);
  if (s.kind === 'all-at-level') return t('newUnits.summary.all', { total: s.total, level });
  const some = t('newUnits.summary.some', { count: s.atLevel, total: s.total, level });
  return s.known < s.total ? `${some}; ${t('newUnits.summary.unknown', { unknown: s.total - s.known })}` : some;
}

/** A target note written by the rearranged model ("sum:A + B") in the reader's language. */
export function targetNoteText(note: string | undefined, t: Translate): string | null {
  if (!note) return null;
  return note.startsWith('sum:') ? t('rearranged.sumNote', { names: note.slice(4) }) : note;
}

export function crosswalkTable(history: ProvinceHistory, t: Translate): Table {
  const district = (code: string | null) => (code ? planName(history, code) : null);
  return {
    id: 'crosswalk',
    title: t('table.crosswalk'),
    columns: columns(t, ['oldCode', 'oldName', 'district', 'midCode', 'midName', 'evidence', 'newCode', 'newName', 'problem']),
    rows: history.crosswalk.map((r): Record<string, Cell> => ({
      oldCode: r.oldCode,
      oldName: r.oldName,
      district: district(r.oldDistrictCode),
      midCode: r.midCode,
      midName: r.midName,
      evidence: r.evidence ? t(`evidence.${r.evidence}` as MessageKey) : null,
      newCode: r.newCode,
      newName: r.newName,
      problem: r.problem ? t(`crosswalk.problem.${r.problem}` as MessageKey) : null,
    })),
  };
}

/**
 * The plan's communes in the 2025 communes: one row per new commune (predecessors, levels, the category and count
 * of each view, registrations per plan year, agencies, partial note, citations), then the plan-era communes whose
 * successor is not known, listed as such.
 */
export function newCommunesTable(model: ProvinceModel, history: ProvinceHistory, t: Translate): Table {
  // The programme's last two years, the plan's years and every year a commune is registered for.
  const years = [...new Set([2024, 2025, ...model.plan.document.years, ...model.registrations.map((r) => r.targetYear)])].sort();
  return {
    id: 'new-communes',
    title: t('table.new-communes', { province: history.newProvince.name }),
    columns: newCommuneTableColumns(years, t),
    rows: newCommuneTableRows(
      { summaries: newCommuneSummaries(model, history), unfollowed: unfollowedCommunes(history), years, provinceName: history.newProvince.name },
      t,
      (s) => summaryText(s, t),
    ),
  };
}

export function unitChangesTable(history: ProvinceHistory, t: Translate): Table {
  return {
    id: 'unit-changes',
    title: t('table.unit-changes'),
    columns: columns(t, ['date', 'kind', 'to', 'from', 'evidence', 'basis', 'sourceUrl']),
    rows: history.changes.map((c) => ({
      date: c.date,
      kind: t(`change.${c.kind}` as MessageKey),
      to: `${c.toName} (${c.to})`,
      from: c.from.map((f, i) => `${c.fromNames[i]} (${f})`).join('; '),
      evidence: t(`evidence.${c.evidence}` as MessageKey),
      basis: c.basis,
      sourceUrl: c.sourceUrl ?? null,
    })),
  };
}
