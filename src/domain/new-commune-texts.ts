/**
 * The plans in today's communes, in words: the count text of a category ("2 of 3 predecessor communes
 * registered for NTM nâng cao 2024"), the partial note, the legend rule and rows, citations, and the
 * `new-communes` export table. Everything is worked out by new-commune-plan.ts; this module only words it.
 */
import type { MessageKey, Translate } from '../i18n/i18n';
import type { Citation, NewCommuneSummary } from './crosswalk';
import type { CrosswalkRow } from './history';
import { newCommuneCategory, type NewCommuneCategory, type NewCommuneLegendRow, type NewCommuneView } from './new-commune-plan';
import { SEVERAL_AGENCIES } from './views';

function levelLabel(category: string, t: Translate): string {
  return t(`level.${category}` as MessageKey);
}

/** "2 trong 3 xã tiền thân đăng ký NTM nâng cao năm 2024", or the "no data" sentence for the view. */
export function categoryCountText(c: NewCommuneCategory, t: Translate): string {
  const { count, total } = c;
  // Years are not numbers to format ("2024", never "2.024").
  const year = String(c.year);
  if (c.category === 'no-data') return t(`newCommunes.count.noData.${c.view}` as MessageKey, { total, year });
  switch (c.view) {
    case 'level':
      return t('newCommunes.count.level', { count, total, level: levelLabel(c.category, t) });
    case 'registration':
      return t('newCommunes.count.registration', { count, total, level: levelLabel(c.category, t), year });
    case 'agency':
      return c.category === SEVERAL_AGENCIES
        ? t('newCommunes.count.severalAgencies', { count, total, agencies: c.agencies.join('; ') })
        : t('newCommunes.count.agency', { count, total, agency: c.agencies[0] });
  }
}

/** The note for a commune with a split predecessor, or null. */
export function partialText(c: Pick<NewCommuneCategory, 'partial' | 'splitNames'>, t: Translate): string | null {
  return c.partial ? t('newCommunes.partial', { names: c.splitNames.join(', ') }) : null;
}

/** The note for predecessors in other old provinces, or null. */
export function outsideText(c: Pick<NewCommuneCategory, 'outside'>, t: Translate): string | null {
  return c.outside > 0 ? t('newCommunes.outside', { count: c.outside }) : null;
}

/** The rule the map colours by, as the legend states it. */
export function legendRuleText(view: NewCommuneView, year: number, t: Translate): string {
  return t(`newCommunes.legend.rule.${view}` as MessageKey, { year: String(year) });
}

/** Label of a category in the legend: a level, an agency name, "several agencies" or "no data". */
export function categoryLabel(category: string, t: Translate, agencyName?: string): string {
  if (category === SEVERAL_AGENCIES) return t('agency.several');
  if (category.startsWith('agency:')) return agencyName ?? category.slice('agency:'.length);
  return levelLabel(category, t);
}

/** One legend row in words, with its counts: "NTM nâng cao — mọi xã tiền thân: 12 xã mới; một phần: 3". */
export function legendRowText(row: NewCommuneLegendRow, t: Translate): string {
  const label = categoryLabel(row.category, t, row.label);
  if (row.category === 'no-data') return t('newCommunes.legend.noData', { count: row.all + row.some });
  return t('newCommunes.legend.row', { label, all: row.all, some: row.some });
}

/** "Kế hoạch … · Phụ lục II · TT 12: “…”" — the plan by its title, never a file name; office data says so. */
export function citationText(c: Citation, t: Translate): string {
  const where = [c.document || t('newCommunes.citation.office'), c.section, c.row ? t('source.row', { row: c.row }) : null].filter(Boolean).join(' · ');
  return c.quote ? `${where}: “${c.quote}”` : where;
}

// ---------------------------------------------------------------------------------------------
// The export table

export interface NewCommuneTableInput {
  summaries: readonly NewCommuneSummary[];
  unfollowed: readonly CrosswalkRow[];
  /** Registration years given a column each (the plan's years). */
  years: readonly number[];
  /** The 2025 province's name. */
  provinceName: string;
}

export interface NewCommuneTableRow {
  [key: string]: string | number | null;
}

/** Column keys and labels of the table (registration columns by year). */
export function newCommuneTableColumns(years: readonly number[], t: Translate): { key: string; label: string }[] {
  const fixed = (keys: string[]) => keys.map((key) => ({ key, label: t(`col.${key}` as MessageKey) }));
  return [
    ...fixed(['newCode', 'newName', 'predecessors', 'levels', 'levelSummary']),
    ...years.map((year) => ({ key: `registration${year}`, label: t('col.registrationIn', { year: String(year) }) })),
    ...fixed(['registration', 'agency', 'agencySummary', 'partial', 'summary', 'citations', 'problem']),
  ];
}

/** One row per 2025 commune with planned predecessors, then one per plan-era commune whose successor is not known. */
export function newCommuneTableRows(
  { summaries, unfollowed, years }: NewCommuneTableInput,
  t: Translate,
  summaryText: (s: NewCommuneSummary['summary']) => string,
): NewCommuneTableRow[] {
  const rows: NewCommuneTableRow[] = summaries.map((s) => {
    const level = newCommuneCategory(s, 'level', years[0] ?? 2025);
    const agency = newCommuneCategory(s, 'agency', years[0] ?? 2025);
    const notes = [partialText(level, t), outsideText(level, t)].filter(Boolean).join('; ');
    return {
      newCode: s.code,
      newName: s.name,
      predecessors: [
        ...s.predecessors.map((p) => `${p.name} (${p.code})`),
        ...s.otherPredecessors.map((o) => `${o.name} (${o.code}, ${t('newUnits.otherProvince')})`),
      ].join('; '),
      levels: [
        ...s.predecessors.map((p) => `${p.name}: ${levelLabel(p.level, t)}`),
        ...s.otherPredecessors.map((o) => `${o.name}: ${t('level.no-data')}`),
      ].join('; '),
      levelSummary: categoryCountText(level, t),
      ...Object.fromEntries(years.map((year) => [`registration${year}`, categoryCountText(newCommuneCategory(s, 'registration', year), t)])),
      registration: s.registrations.map((r) => `${r.from}: ${levelLabel(r.targetLevel, t)} ${r.targetYear}`).join('; ') || null,
      agency: [...new Set(s.predecessors.flatMap((p) => p.agencies))].join('; ') || null,
      agencySummary: categoryCountText(agency, t),
      partial: notes || null,
      summary: summaryText(s.summary),
      citations: s.predecessors.flatMap((p) => p.citations.map((c) => `${p.name}: ${citationText(c, t)}`)).join(' | ') || null,
      problem: null,
    };
  });
  for (const r of unfollowed) {
    rows.push({
      newCode: null,
      newName: t('newCommunes.unfollowed.name'),
      predecessors: `${r.oldName} (${r.oldCode})`,
      levels: null,
      levelSummary: null,
      ...Object.fromEntries(years.map((year) => [`registration${year}`, null])),
      registration: null,
      agency: null,
      agencySummary: null,
      partial: null,
      summary: null,
      citations: null,
      problem: r.problem ? t(`crosswalk.problem.${r.problem}` as MessageKey) : null,
    });
  }
  return rows;
}
