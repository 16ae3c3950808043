/**
 * Honest views (issue 15): each map view answers one question, and a district's colour is worked out from the
 * very facts the panel beside the map lists for it. panelFacts gives those facts; categoryOfFacts turns them
 * into the map category; panelLines words them as the panel shows them. Nothing here reads another view's data:
 * the registration view of year Y reads only Y's registrations (never a target row, never another year), the
 * targets view only Y's target rows.
 *
 * Category keys: a LevelState (level, registration and targets views), "targets-other" (targets given, none about
 * a recognition level), "coverage:<state>", "progress:<0–4>", "agencies:<n>", "agency:picked" / "agency:other",
 * and "no-data" (the plan is silent).
 */
import { formatQuantity, type Quantity } from './quantity';
import { agencyKey } from './agencies';
import { highestLevel, levelRank, type LevelState, type RecognitionLevel } from './levels';
import type { ProvinceModel, WithUnit } from './model';
import type { Indicator, RegistrationRecord, RegistrationStatus, SourceRef, StatusRecord } from './plan';
import { districtProgress, progressClass, type DistrictProgress } from './progress';
import { registrationInYear } from './registrations';
import { addAmounts, formatAmount, type TargetAmount, targetAmount } from './target-values';
import type { MessageKey } from '../i18n/i18n';
import { agenciesOfDistrict, agenciesOfUnit, indicatorLevel, type Category } from './views';
import { districtCoverage, type DistrictCoverage } from './coverage';

/** The views of issue 15, each with one question (legend: `question.<view>`). */
export const VIEW_IDS = ['level', 'registration', 'targets', 'coverage', 'progress', 'agency'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewOptions {
  /** Agency key picked in the agency view (agencyKey of its name); none = colour by the number of agencies. */
  agency?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Registration in year Y

export interface OwnRegistration {
  recordId: string;
  level: RecognitionLevel;
  status: RegistrationStatus;
  targetYear: number;
  source: SourceRef;
}

export interface LevelCount {
  level: RecognitionLevel;
  count: number;
  /** GSO codes of the communes (null for a commune the plan names but that could not be resolved). */
  codes: (string | null)[];
}

export interface RegistrationYearFacts {
  view: 'registration';
  /** Whose facts: a district (own = its own dossier) or a commune (own = the commune's registrations). */
  tier: 'district' | 'commune';
  year: number;
  /** The district's own registrations for Y (the district itself to reach a level). */
  own: OwnRegistration[];
  /** Communes registered for Y, per target level, lowest level first. */
  communes: LevelCount[];
  communeTotal: number;
}

function ownOf(r: WithUnit<RegistrationRecord>): OwnRegistration {
  return { recordId: r.id, level: r.targetLevel, status: r.status, targetYear: r.targetYear, source: r.source };
}

/** Counts of registrations per target level, lowest level first. */
export function countsPerLevel(regs: readonly WithUnit<RegistrationRecord>[]): LevelCount[] {
  const by = new Map<RecognitionLevel, LevelCount>();
  for (const r of regs) {
    const entry = by.get(r.targetLevel) ?? { level: r.targetLevel, count: 0, codes: [] };
    entry.count++;
    entry.codes.push(r.resolved.code);
    by.set(r.targetLevel, entry);
  }
  return [...by.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

/** What a district and its communes registered for `year` (registrationInYear: for Y, or carried over with a deadline in Y). */
export function registrationFacts(model: ProvinceModel, districtCode: string, year: number): RegistrationYearFacts {
  const regs = model.registrations.filter((r) => r.resolved.districtCode === districtCode && registrationInYear(r, year));
  const own = regs.filter((r) => r.unit.tier === 'district').map(ownOf);
  const communeRegs = regs.filter((r) => r.unit.tier === 'commune');
  return { view: 'registration', tier: 'district', year, own, communes: countsPerLevel(communeRegs), communeTotal: communeRegs.length };
}

/** The same question for one commune: its own registrations for `year`. */
export function communeRegistrationFacts(model: ProvinceModel, code: string, year: number): RegistrationYearFacts {
  const regs = model.registrations.filter((r) => r.resolved.code === code && registrationInYear(r, year));
  return { view: 'registration', tier: 'commune', year, own: regs.map(ownOf), communes: [], communeTotal: 0 };
}

// ---------------------------------------------------------------------------------------------
// Targets (chỉ tiêu) of year Y

export interface TargetFact {
  id: string;
  indicator: Indicator;
  label: string;
  measure: string;
  /** Recognition level the target asks units to reach, when it is about recognition. */
  level: RecognitionLevel | null;
  amount: TargetAmount | null;
  cumulative: { value: Quantity; of?: number } | null;
  source: SourceRef;
}

export interface TargetYearFacts {
  view: 'targets';
  year: number;
  rows: TargetFact[];
}

export function targetFacts(model: ProvinceModel, districtCode: string, year: number): TargetYearFacts {
  const rows = model.targets
    .filter((t) => t.scope === 'district' && t.resolved?.code === districtCode && t.year === year)
    .map((t) => ({
      id: t.id,
      indicator: t.indicator,
      label: t.label,
      measure: t.measure,
      level: indicatorLevel(t.indicator),
      amount: targetAmount(t),
      cumulative: t.cumulative ?? null,
      source: t.source,
    }));
  return { view: 'targets', year, rows };
}

/** Sum of a district's target amounts for one indicator in a year (null when the plan gives none). */
export function targetTotal(model: ProvinceModel, districtCode: string, year: number, indicator: Indicator): TargetAmount | null {
  return targetFacts(model, districtCode, year)
    .rows.filter((r) => r.indicator === indicator)
    .reduce<TargetAmount | null>((sum, r) => addAmounts(sum, r.amount), null);
}

// ---------------------------------------------------------------------------------------------
// Level, progress, agencies

export interface LevelFacts {
  view: 'level';
  /** The latest statement about the unit's own level, when the plan (or office data) makes one. */
  status: { level: RecognitionLevel; asOf: string; recordId: string; source: SourceRef } | null;
}

function latestStatus(model: ProvinceModel, code: string): WithUnit<StatusRecord> | undefined {
  return model.statuses.filter((s) => s.resolved.code === code).sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
}

export function levelFacts(model: ProvinceModel, code: string): LevelFacts {
  const s = latestStatus(model, code);
  return { view: 'level', status: s ? { level: s.level, asOf: s.asOf, recordId: s.id, source: s.source } : null };
}

export interface ProgressFacts {
  view: 'progress';
  progress: DistrictProgress;
}

export interface AgencyFacts {
  view: 'agency';
  agencies: { key: string; name: string }[];
  picked: string | null;
}

export function agencyFacts(model: ProvinceModel, code: string, picked: string | null = null, tier: 'district' | 'commune' = 'district'): AgencyFacts {
  const names = tier === 'district' ? agenciesOfDistrict(model, code) : agenciesOfUnit(model, code);
  return { view: 'agency', agencies: names.map((name) => ({ key: agencyKey(name), name })), picked };
}

export interface CoverageFacts {
  view: 'coverage';
  coverage: DistrictCoverage;
}

export type PanelFacts = LevelFacts | RegistrationYearFacts | TargetYearFacts | CoverageFacts | ProgressFacts | AgencyFacts;

/** The facts the panel lists for a district under a view: the map colours the district from these and nothing else. */
export function panelFacts(model: ProvinceModel, districtCode: string, view: ViewId, year: number, options: ViewOptions = {}): PanelFacts {
  switch (view) {
    case 'level':
      return levelFacts(model, districtCode);
    case 'registration':
      return registrationFacts(model, districtCode, year);
    case 'targets':
      return targetFacts(model, districtCode, year);
    case 'coverage':
      return { view: 'coverage', coverage: districtCoverage(model, districtCode, year) };
    case 'progress':
      return { view: 'progress', progress: districtProgress(model, districtCode, year) };
    case 'agency':
      return agencyFacts(model, districtCode, options.agency ?? null);
  }
}

/** The map category the facts call for. */
export function categoryOfFacts(facts: PanelFacts): Category {
  switch (facts.view) {
    case 'level':
      return facts.status?.level ?? 'no-data';
    case 'registration':
      return highestLevel([...facts.own.map((o) => o.level), ...facts.communes.map((c) => c.level)]);
    case 'targets': {
      if (facts.rows.length === 0) return 'no-data';
      const level = highestLevel(facts.rows.filter((r) => r.level && (r.amount?.max ?? 0) > 0).map((r) => r.level!));
      return level === 'no-data' ? 'targets-other' : level;
    }
    case 'coverage':
      return facts.coverage.state === 'no-data' ? 'no-data' : `coverage:${facts.coverage.state}`;
    case 'progress': {
      const cls = progressClass(facts.progress.ratio);
      return cls === null ? 'no-data' : `progress:${cls}`;
    }
    case 'agency':
      if (facts.picked) return facts.agencies.some((a) => a.key === facts.picked) ? 'agency:picked' : 'agency:other';
      return facts.agencies.length ? `agencies:${facts.agencies.length}` : 'no-data';
  }
}

export function viewCategory(model: ProvinceModel, districtCode: string, view: ViewId, year: number, options: ViewOptions = {}): Category {
  return categoryOfFacts(panelFacts(model, districtCode, view, year, options));
}

export function viewCategories(model: ProvinceModel, view: ViewId, year: number, options: ViewOptions = {}): Map<string, Category> {
  return new Map(model.districts.map((d) => [d.code, viewCategory(model, d.code, view, year, options)]));
}

/** Commune categories under the same views (registration: the commune's own registrations for Y). */
export function communeViewCategory(model: ProvinceModel, code: string, view: ViewId, year: number, options: ViewOptions = {}): Category {
  switch (view) {
    case 'level':
      return categoryOfFacts(levelFacts(model, code));
    case 'registration':
      return categoryOfFacts(communeRegistrationFacts(model, code, year));
    case 'agency':
      return categoryOfFacts(agencyFacts(model, code, options.agency ?? null, 'commune'));
    default:
      // Targets, coverage and progress are set per district: a commune shows its district's answer.
      return 'no-data';
  }
}

/** The legend's question for a view, as an i18n key with its parameters. */
export function viewQuestion(view: ViewId, year: number, options: ViewOptions & { agencyName?: string } = {}): { key: string; params: Record<string, string> } {
  if (view === 'agency' && options.agency) return { key: 'question.agencyPicked', params: { agency: options.agencyName ?? options.agency } };
  return { key: `question.${view}`, params: { year: String(year) } };
}

/** Level keys a category maps to (for the panel check and the legend); null for non-level categories. */
export function categoryLevel(category: Category): LevelState | null {
  return (['no-data', 'none', 'ntm', 'ntm-advanced', 'ntm-model', 'task-completed'] as string[]).includes(category) ? (category as LevelState) : null;
}

// ---------------------------------------------------------------------------------------------
// The facts in words, as the panel lists them (and the check that no colour contradicts them).

export interface PanelLine {
  text: string;
  /** Level the line names, when it names one (the map's level colour must be one of these). */
  level?: RecognitionLevel;
}

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The panel's lines for the facts. `date` formats an ISO date (dd/mm/yyyy in both languages). */
export function panelLines(facts: PanelFacts, t: Tr, date: (iso: string) => string = (iso) => iso): PanelLine[] {
  const level = (l: RecognitionLevel) => t(`level.${l}` as MessageKey);
  switch (facts.view) {
    case 'level':
      return facts.status
        ? [{ text: t('facts.level', { level: level(facts.status.level), asOf: date(facts.status.asOf) }), level: facts.status.level }]
        : [{ text: t('facts.level.none') }];
    case 'registration': {
      const lines: PanelLine[] = [
        ...facts.own.map((o) => ({
          text: t(facts.tier === 'district' ? 'facts.registration.own' : 'facts.registration.ownCommune', {
            level: level(o.level),
            status: t(`status.${o.status}` as MessageKey),
          }),
          level: o.level,
        })),
        ...facts.communes.map((c) => ({ text: t('facts.registration.communes', { count: c.count, level: level(c.level) }), level: c.level })),
      ];
      return lines.length ? lines : [{ text: t('facts.registration.none', { year: String(facts.year) }) }];
    }
    case 'targets':
      return facts.rows.length
        ? facts.rows.map((r) => ({
            text: t('facts.targets.row', {
              label: r.label,
              amount: r.amount ? formatAmount(r.amount) : r.cumulative ? formatQuantity(r.cumulative.value) : '',
              measure: r.measure,
            }),
            ...(r.level && (r.amount?.max ?? 0) > 0 ? { level: r.level } : {}),
          }))
        : [{ text: t('facts.targets.none', { year: String(facts.year) }) }];
    case 'coverage': {
      const c = facts.coverage;
      if (c.lines.length)
        return c.lines.map((l) => ({
          text:
            l.registered === null
              ? t('facts.coverage.unnamed', { level: level(l.level), target: formatAmount(l.target) })
              : t('facts.coverage.line', { level: level(l.level), target: formatAmount(l.target), registered: l.registered, gap: l.gap }),
          level: l.level,
        }));
      return [
        {
          text: c.registeredTotal
            ? t('facts.coverage.noTarget', { count: c.registeredTotal, year: String(c.year) })
            : t('facts.coverage.none', { year: String(c.year) }),
        },
      ];
    }
    case 'progress': {
      const p = facts.progress;
      return p.ratio !== null
        ? [
            {
              text: t('facts.progress', {
                recognised: p.recognised ?? 0,
                planned: p.planned === null || p.planned === undefined ? 0 : formatQuantity(p.planned),
              }),
            },
          ]
        : [{ text: t('facts.progress.none', { year: String(p.year) }) }];
    }
    case 'agency':
      return facts.agencies.length
        ? [{ text: t('facts.agency.list', { agencies: facts.agencies.map((a) => a.name).join('; ') }) }]
        : [{ text: t('facts.agency.none') }];
  }
}
