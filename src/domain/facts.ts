/**
 * Every fact of a plan as one list (the "facts" table) and how many there are per section of the plan
 * (the "facts-summary" table), so that a planner can see how complete the data is and a section with no
 * fact stands out. Pure: built from the plan file alone.
 */
import { canonicalAgency } from './agencies';
import { parseDeadline } from './deadlines';
import { FACT_KINDS, type FactKind, type OutlineEntry, type PlanDocument, type PlanFile, type SourceRef } from './plan';
import type { Quantity } from './quantity';
import type { Translate } from '../i18n/i18n';

export interface Fact {
  id: string;
  kind: FactKind;
  /** The fact as the plan words it. */
  label: string;
  /** Unit or body the fact is about, as written; absent for the whole province. */
  subject?: string;
  measure?: string;
  value?: Quantity;
  /** For a target: the total to reach by its year ("lên 08-09 đơn vị"), when the plan gives it beside the units to add. */
  cumulative?: { value: Quantity; of?: number };
  comparator?: '>=' | '<=' | '<' | '>';
  year?: number;
  periodStart?: number;
  lead: string[];
  coordinating: string[];
  deadline?: { text: string; due?: string };
  note?: string;
  source: SourceRef;
}

const LEVEL_WORDS: Record<string, string> = {
  none: '—',
  ntm: 'NTM',
  'ntm-advanced': 'NTM nâng cao',
  'ntm-model': 'NTM kiểu mẫu',
  'task-completed': 'hoàn thành nhiệm vụ xây dựng NTM',
};

/** All facts of a plan, in the order of its record lists; a deadline attached to a record is a fact of its own. */
export function planFacts(plan: PlanFile): Fact[] {
  const planYear = plan.document.years[0];
  // The date a deadline allows, read from its text when the data gives none ("Tháng 10-12/2022" → 31/12/2022).
  const dated = (d: { text: string; due?: string } | undefined) => (d ? { text: d.text, due: d.due ?? parseDeadline(d.text, planYear).due } : undefined);
  const facts: Fact[] = [];
  const base = { lead: [] as string[], coordinating: [] as string[] };
  for (const s of plan.statuses) {
    facts.push({
      ...base,
      id: s.id,
      kind: 'status',
      label: `${LEVEL_WORDS[s.level]}${s.criteria ? ` (${s.criteria.met}/${s.criteria.total} tiêu chí)` : ''}`,
      subject: s.unit.name,
      year: s.yearRecognised,
      note: s.note,
      source: s.source,
    });
  }
  for (const r of plan.registrations) {
    facts.push({
      ...base,
      id: r.id,
      kind: 'registration',
      label: `${LEVEL_WORDS[r.targetLevel]} ${r.targetYear}`,
      subject: r.unit.name,
      year: r.targetYear,
      lead: r.agency ? [r.agency] : [],
      note: r.note,
      source: r.source,
    });
    r.deadlines.forEach((d, i) =>
      facts.push({
        ...base,
        id: `${r.id}-deadline-${i + 1}`,
        kind: 'deadline',
        label: d.step,
        subject: r.unit.name,
        deadline: dated(d),
        source: d.source ?? r.source,
      }),
    );
  }
  for (const t of plan.targets) {
    facts.push({
      ...base,
      id: t.id,
      kind: 'target',
      label: t.label,
      subject: t.unit?.name,
      measure: t.measure,
      value: t.planned ?? t.cumulative?.value,
      cumulative: t.planned !== undefined ? t.cumulative : undefined,
      year: t.year,
      periodStart: t.periodStart,
      note: t.note,
      source: t.source,
    });
  }
  for (const t of plan.tasks) {
    facts.push({ id: t.id, kind: 'duty', label: t.content, lead: t.lead, coordinating: t.coordinating, deadline: dated(t.deadline), source: t.source });
    if (t.deadline)
      facts.push({ ...base, id: `${t.id}-deadline`, kind: 'deadline', label: t.content, lead: t.lead, deadline: dated(t.deadline), source: t.source });
  }
  for (const a of plan.agencyAssignments) {
    const what = a.role === 'district-supervision' ? 'Phụ trách, theo dõi' : 'Giúp đỡ, hỗ trợ';
    facts.push({ ...base, id: a.id, kind: 'duty', label: `${what} ${a.unit.name}`, subject: a.unit.name, year: a.year, lead: [a.agency], source: a.source });
  }
  for (const b of plan.budget) {
    facts.push({
      ...base,
      id: b.id,
      kind: 'budget',
      label: b.label,
      measure: 'tỷ đồng',
      value: b.amountBillionVnd,
      year: b.year,
      note: b.note,
      source: b.source,
    });
  }
  for (const f of plan.facts ?? []) {
    facts.push({ ...f, lead: f.lead ?? [], coordinating: f.coordinating ?? [], deadline: dated(f.deadline) });
    if (f.kind !== 'deadline' && f.deadline)
      facts.push({ ...base, id: `${f.id}-deadline`, kind: 'deadline', label: f.label, lead: f.lead ?? [], deadline: dated(f.deadline), source: f.source });
  }
  return facts;
}

/** The outline entry a section belongs to: the longest label it equals or starts with, followed by a separator. */
export function outlineEntryOf(outline: readonly OutlineEntry[], section: string): OutlineEntry | undefined {
  return outline
    .filter((o) => section === o.section || [' ', '.', ',', ';', ':', '('].some((sep) => section.startsWith(o.section + sep)))
    .sort((a, b) => b.section.length - a.section.length)[0];
}

export interface SectionCount {
  section: string;
  title: string | null;
  counts: Record<FactKind, number>;
  total: number;
}

/** Facts per section of the plan's outline and kind, in the outline's order; sections not in the outline follow. */
export function factsBySection(plan: PlanFile, facts = planFacts(plan)): SectionCount[] {
  const outline = plan.document.outline ?? [];
  const rows = new Map<string, SectionCount>();
  const row = (section: string, title: string | null) => {
    if (!rows.has(section))
      rows.set(section, { section, title, counts: Object.fromEntries(FACT_KINDS.map((k) => [k, 0])) as Record<FactKind, number>, total: 0 });
    return rows.get(section)!;
  };
  for (const o of outline) row(o.section, o.title);
  for (const f of facts) {
    const entry = outlineEntryOf(outline, f.source.section);
    const r = entry ? row(entry.section, entry.title) : row(f.source.section, null);
    r.counts[f.kind] += 1;
    r.total += 1;
  }
  return [...rows.values()];
}

export function factsByKind(facts: readonly Fact[]): Record<FactKind, number> {
  const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, 0])) as Record<FactKind, number>;
  for (const f of facts) counts[f.kind] += 1;
  return counts;
}

/** "KH 2024 Thanh Hóa", "KH 2024–2025 Quảng Nam": how citations name the plan (never its file name). */
export function planShortTitle(document: PlanDocument, provinceName: string): string {
  const years = document.years.length > 1 ? `${document.years[0]}–${document.years[document.years.length - 1]}` : String(document.years[0]);
  return `KH ${years} ${provinceName}`;
}

/** A row as printed ("12"), or an item under a row ("3 (-1)": the first dash item of row 3), in the reader's language. */
export function formatRow(row: string, t: Translate): string {
  const m = row.match(/^(\d+) \(-(\d+)\)$/);
  return m ? t('source.subRow', { row: m[1], item: m[2] }) : t('source.row', { row });
}

/** "KH 2024 Thanh Hóa · Phụ lục · dòng 12". */
export function citation(plan: Pick<PlanFile, 'document' | 'province'>, source: SourceRef, t: Translate): string {
  return [planShortTitle(plan.document, plan.province.name), source.section, source.row ? formatRow(source.row, t) : null].filter(Boolean).join(' · ');
}

export function agencyList(names: readonly string[]): string | null {
  return names.map(canonicalAgency).join('; ') || null;
}
