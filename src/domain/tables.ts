/**
 * Every table the app shows, built from a ProvinceModel. The panel, the download buttons and the
 * `npm run export` CLI all call buildTable, so they produce the same rows. Their files (CSV, JSON, spreadsheet
 * rows) are written by ./table-files, loaded with the first download.
 */
import { canonicalAgency } from './agencies';
import type { Language, MessageKey, Translate } from '../i18n/i18n';
import type { ProvinceModel } from './model';
import type { SourceRef } from './plan';
import { citation } from './facts';
import { factsSummaryTable, factsTable, formatDay } from './facts-tables';
import { quantityCell } from './quantity';
import { explainReasons } from './reasons';
import { crosswalkTable, newCommunesTable, targetNoteText, unitChangesTable } from './history-tables';
import type { ProvinceHistory } from './history';
import { provinceCoverage } from './coverage';
import { compareVi } from './names';
import { statusTemplateTable } from './status-template';
import { formatAmount } from './target-values';
import { countByLevel, districtStatus, agenciesOfDistrict, agenciesOfUnit, registrationsInDistrict } from './views';

import { columns, HISTORY_TABLE_IDS, TABLE_IDS, type Table, type TableId } from './table-shape';

export { explainReasons } from './reasons';
export { columns, HISTORY_TABLE_IDS, TABLE_IDS, type Cell, type Column, type Table, type TableId } from './table-shape';

export interface TableOptions {
  t: Translate;
  language: Language;
  /** Restrict to one district (GSO code). */
  districtCode?: string;
  /** Year used by the "districts" summary. */
  year?: number;
  /** Units over time, for the crosswalk, new-communes and unit-changes tables. */
  history?: ProvinceHistory;
}

export function isTableId(value: string): value is TableId {
  return (TABLE_IDS as readonly string[]).includes(value);
}

/** The "Nguồn" cell: the plan by its short title, the section and row ("KH 2024 Thanh Hóa · Phụ lục · dòng 12"). */
export function formatSource(model: ProvinceModel, source: SourceRef, t: Translate): string {
  return citation(model.plan, source, t);
}

export function buildTable(model: ProvinceModel, id: TableId, options: TableOptions): Table {
  const { t, districtCode } = options;
  const unitName = (code: string | null, fallback: string) =>
    code ? ((model.communes.find((u) => u.code === code) ?? model.districts.find((u) => u.code === code))?.name ?? fallback) : fallback;
  const districtName = (code: string | null) => (code ? (model.districts.find((d) => d.code === code)?.name ?? null) : null);
  const inDistrict = (code: string | null) => !districtCode || code === districtCode;
  if (HISTORY_TABLE_IDS.includes(id)) {
    if (!options.history) throw new Error(`Table "${id}" needs the province's unit history`);
    if (id === 'crosswalk') return crosswalkTable(options.history, t);
    if (id === 'new-communes') return newCommunesTable(model, options.history, t);
    return unitChangesTable(options.history, t);
  }
  const title = t(`table.${id}` as MessageKey);

  switch (id) {
    case 'registrations':
      return {
        id,
        title,
        columns: columns(t, ['unit', 'code', 'district', 'targetLevel', 'targetYear', 'status', 'agency', 'deadlines', 'note', 'source']),
        rows: model.registrations
          .filter((r) => inDistrict(r.resolved.districtCode))
          .map((r) => ({
            unit: unitName(r.resolved.code, r.unit.name),
            code: r.resolved.code,
            district: districtName(r.resolved.districtCode) ?? r.unit.district ?? null,
            targetLevel: t(`level.${r.targetLevel}` as MessageKey),
            targetYear: r.targetYear,
            status: t(`status.${r.status}` as MessageKey),
            agency: r.agency ? canonicalAgency(r.agency) : null,
            deadlines: r.deadlines.map((d) => `${d.step}: ${d.text}`).join(' | ') || null,
            note: r.note ?? null,
            source: formatSource(model, r.source, t),
          })),
      };
    case 'targets':
      return {
        id,
        title,
        columns: columns(t, ['scope', 'unit', 'indicator', 'measure', 'year', 'planned', 'cumulative', 'of', 'note', 'source']),
        rows: model.targets
          .filter((x) => (districtCode ? x.resolved?.code === districtCode : true))
          .map((x) => ({
            scope: t(`scope.${x.scope}` as MessageKey),
            unit: x.scope === 'province' ? model.province.name : unitName(x.resolved?.code ?? null, x.unit?.name ?? ''),
            indicator: x.label,
            measure: x.measure,
            year: x.year,
            planned: quantityCell(x.planned),
            cumulative: quantityCell(x.cumulative?.value),
            of: x.cumulative?.of ?? null,
            note: targetNoteText(x.note, t),
            source: formatSource(model, x.source, t),
          })),
      };
    case 'coverage': {
      // Registrations against each district's targets (coverage.ts): shortfalls first (largest gap), then the rest.
      const year = options.year ?? model.plan.document.years[0];
      const lines = provinceCoverage(model, year)
        .filter((c) => inDistrict(c.code))
        .flatMap((c) => c.lines)
        .sort((a, b) => b.gap - a.gap || compareVi(districtName(a.districtCode) ?? '', districtName(b.districtCode) ?? ''));
      return {
        id,
        title: `${title} ${year}`,
        columns: columns(t, ['district', 'code', 'scope', 'level', 'year', 'target', 'registered', 'gap', 'coverage', 'source']),
        rows: lines.map((l) => ({
          district: districtName(l.districtCode),
          code: l.districtCode,
          scope: t(`scope.${l.tier}` as MessageKey),
          level: t(`level.${l.level}` as MessageKey),
          year: l.year,
          target: l.target.min === l.target.max ? l.target.min : formatAmount(l.target),
          registered: l.registered,
          gap: l.registered === null ? null : l.gap,
          coverage: t(`coverage.${l.registered === null ? 'unnamed' : l.gap > 0 ? 'short' : 'covered'}` as MessageKey),
          source: l.sources.map((s) => formatSource(model, s, t)).join(' | '),
        })),
      };
    }
    case 'status-template':
      return statusTemplateTable(model, t);
    case 'tasks':
      return {
        id,
        title,
        columns: columns(t, ['group', 'content', 'lead', 'coordinating', 'deadline', 'due', 'source']),
        rows: model.tasks.map((x) => ({
          group: x.group ?? null,
          content: x.content,
          lead: x.lead.join('; '),
          coordinating: x.coordinating.join('; ') || null,
          deadline: x.deadline?.text ?? null,
          due: formatDay(x.deadline?.due),
          source: formatSource(model, x.source, t),
        })),
      };
    case 'agencies':
      return {
        id,
        title,
        columns: columns(t, ['unit', 'code', 'district', 'agency', 'role', 'year', 'source']),
        rows: model.agencyAssignments
          .filter((a) => inDistrict(a.resolved.districtCode))
          .map((a) => ({
            unit: unitName(a.resolved.code, a.unit.name),
            code: a.resolved.code,
            district: districtName(a.resolved.districtCode),
            agency: canonicalAgency(a.agency),
            role: t(`role.${a.role}` as MessageKey),
            year: a.year,
            source: formatSource(model, a.source, t),
          })),
      };
    case 'budget':
      return {
        id,
        title,
        columns: columns(t, ['label', 'year', 'amount', 'share', 'note', 'source']),
        rows: model.budget.map((b) => ({
          label: b.label,
          year: b.year ?? null,
          amount: b.amountBillionVnd,
          share: b.sharePercent ?? null,
          note: b.note ?? null,
          source: formatSource(model, b.source, t),
        })),
      };
    case 'facts':
      return factsTable(model, t);
    case 'facts-summary':
      return factsSummaryTable(model, t);
    case 'districts': {
      const year = options.year ?? model.plan.document.years[0];
      return {
        id,
        title,
        columns: columns(t, ['code', 'unit', 'level', 'registrations', 'agencies']),
        rows: model.districts
          .filter((d) => inDistrict(d.code))
          .map((d) => {
            const regs = registrationsInDistrict(model, d.code, year);
            return {
              code: d.code,
              unit: d.name,
              level: t(`level.${districtStatus(model, d.code).level}` as MessageKey),
              registrations:
                countByLevel(regs)
                  .map(([level, n]) => `${n} × ${t(`level.${level}` as MessageKey)}`)
                  .join('; ') || null,
              agencies: agenciesOfDistrict(model, d.code).join('; ') || null,
            };
          }),
      };
    }
    case 'communes': {
      const year = options.year ?? model.plan.document.years[0];
      return {
        id,
        title,
        columns: columns(t, ['code', 'unit', 'district', 'level', 'yearRecognised', 'criteria', 'registration', 'agency', 'source']),
        rows: model.communes
          .filter((c) => inDistrict(c.parentCode))
          .map((c) => {
            const status = [...model.statuses].filter((st) => st.resolved.code === c.code).sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
            const criteria = model.criteria.find((x) => x.code === c.code);
            const regs = model.registrations.filter((r) => r.resolved.code === c.code && (r.targetYear >= year || r.status === 'carried-over'));
            return {
              code: c.code,
              unit: c.name,
              district: districtName(c.parentCode),
              level: status ? t(`level.${status.level}` as MessageKey) : t('level.no-data'),
              yearRecognised: status?.yearRecognised ?? null,
              criteria: criteria ? `${criteria.met}/${criteria.total}` : null,
              registration: regs.map((r) => `${t(`level.${r.targetLevel}` as MessageKey)} ${r.targetYear}`).join('; ') || null,
              agency: agenciesOfUnit(model, c.code).join('; ') || null,
              source: status ? (status.id.startsWith('added-') ? status.source.section : formatSource(model, status.source, t)) : null,
            };
          }),
      };
    }
    case 'data-report':
      return {
        id,
        title,
        columns: columns(t, [
          'recordType',
          'recordId',
          'nameAsWritten',
          'districtAsWritten',
          'outcome',
          'method',
          'officialName',
          'code',
          'district',
          'explanation',
          'candidates',
          'source',
        ]),
        rows: model.report
          .filter((e) => inDistrict(e.districtCode))
          .map((e) => ({
            recordType: t(`recordType.${e.recordType}` as MessageKey),
            recordId: e.recordId,
            nameAsWritten: e.nameAsWritten,
            districtAsWritten: e.districtAsWritten,
            outcome: t(`outcome.${e.outcome}` as MessageKey),
            method: e.method ? t(`method.${e.method}` as MessageKey) : null,
            officialName: e.officialName,
            code: e.code,
            district: e.districtName,
            explanation: explainReasons(e.reasons, t),
            candidates: e.candidates.join('; ') || null,
            source: formatSource(model, e.source, t),
          })),
      };
    default:
      throw new Error(`Unknown table "${id}"`);
  }
}
