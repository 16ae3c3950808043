/** The facts table (one row per fact of the plan, with its citation) and its summary by section and kind. */
import type { MessageKey, Translate } from '../i18n/i18n';
import { agencyList, citation, factsByKind, factsBySection, planFacts } from './facts';
import type { ProvinceModel } from './model';
import { FACT_KINDS } from './plan';
import { formatQuantity, quantityCell } from './quantity';
import { columns, type Table } from './table-shape';

/** dd/mm/yyyy for an ISO date. */
export function formatDay(iso: string | undefined): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const COMPARATOR_SIGN = { '>=': '≥ ', '<=': '≤ ', '<': '< ', '>': '> ' } as const;

export function factsTable(model: ProvinceModel, t: Translate): Table {
  return {
    id: 'facts',
    title: t('table.facts'),
    columns: columns(t, [
      'factKind',
      'section',
      'factLabel',
      'subject',
      'measure',
      'value',
      'cumulative',
      'year',
      'agency',
      'coordinating',
      'deadline',
      'due',
      'note',
      'source',
      'quote',
    ]),
    rows: planFacts(model.plan).map((f) => ({
      factKind: t(`factKind.${f.kind}` as MessageKey),
      section: f.source.section,
      factLabel: f.label,
      subject: f.subject ?? model.province.name,
      measure: f.measure ?? null,
      // An amount of money the plan does not give is said to be missing, never left to look like zero.
      value:
        f.value === undefined
          ? f.kind === 'budget'
            ? t('level.no-data')
            : null
          : f.comparator
            ? `${COMPARATOR_SIGN[f.comparator]}${formatQuantity(f.value)}`
            : quantityCell(f.value),
      cumulative: f.cumulative ? `${formatQuantity(f.cumulative.value)}${f.cumulative.of ? `/${f.cumulative.of}` : ''}` : null,
      year: f.year === undefined ? null : f.periodStart ? `${f.periodStart}–${f.year}` : f.year,
      agency: agencyList(f.lead),
      coordinating: agencyList(f.coordinating),
      deadline: f.deadline?.text ?? null,
      due: formatDay(f.deadline?.due),
      note: f.note ?? null,
      source: citation(model.plan, f.source, t),
      quote: f.source.quote.replace(/\s+/g, ' ').trim(),
    })),
  };
}

export function factsSummaryTable(model: ProvinceModel, t: Translate): Table {
  const facts = planFacts(model.plan);
  const sections = factsBySection(model.plan, facts);
  const totals = factsByKind(facts);
  return {
    id: 'facts-summary',
    title: t('table.facts-summary'),
    columns: [...columns(t, ['section', 'sectionTitle', 'total']), ...FACT_KINDS.map((k) => ({ key: k, label: t(`factKind.${k}` as MessageKey) }))],
    rows: [
      ...sections.map((r) => ({ section: r.section, sectionTitle: r.title ?? t('facts.notInOutline'), total: r.total, ...r.counts })),
      { section: t('facts.allSections'), sectionTitle: null, total: facts.length, ...totals },
    ],
  };
}
