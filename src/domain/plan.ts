/**
 * The shape of a province's plan data file (data/plans/<slug>.json), as extracted from the signed plan.
 * Every record carries a SourceRef saying where in the document it comes from.
 * Units are referred to as the plan writes them (UnitRef); resolution to GSO codes happens in resolve.ts.
 */
import type { RecognitionLevel } from './levels';
import type { Quantity } from './quantity';

export interface SourceRef {
  /** Where in the document: "Phụ lục IV, mục A", "Mục II.1.a". */
  section: string;
  /** Row number or label within a table, as printed ("4", "TT 12"). */
  row?: string;
  /** Verbatim text from the document that carries the fact (checked against the seed text by the tests). */
  quote: string;
}

export interface UnitRef {
  /** Name as written in the plan ("Xã Khánh Phú", "Tp. Sầm Sơn", "Quãng Sơn"). */
  name: string;
  /** District as written in the plan, when the plan gives it. */
  district?: string;
  tier: 'district' | 'commune';
  /** A GSO code fixed by a person when the name alone cannot decide; `evidence` must say why. */
  code?: string;
  evidence?: string;
}

export interface PlanDocument {
  /** File name in shared/seeds. */
  file: string;
  title: string;
  issuer: string;
  /** Issue date as precise as the document gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  issued: string;
  years: number[];
  /** The plan's sections as printed ("Mục II", "Phụ lục I"), so that a section with no fact stands out in the summary. */
  outline?: OutlineEntry[];
}

export interface OutlineEntry {
  /** Section label as the facts' sources write it ("Mục IV.2", "Phụ lục I"); a fact belongs to the longest label its section starts with. */
  section: string;
  /** The section's heading as printed. */
  title: string;
}

export interface StatusRecord {
  id: string;
  unit: UnitRef;
  level: RecognitionLevel;
  /** Date the plan states the status for (usually its issue date). */
  asOf: string;
  /** Criteria met, e.g. 17 of 19, when known. */
  criteria?: { met: number; total: number };
  /** Year the level was recognised, when known. */
  yearRecognised?: number;
  note?: string;
  source: SourceRef;
}

export type RegistrationStatus = 'registered' | 'carried-over' | 'recognised';

export interface Deadline {
  /** The step that is due ("UBND xã trình UBND cấp huyện"). */
  step: string;
  /** The deadline as printed ("trước ngày 30/10/2024", "Quý III"). */
  text: string;
  /** ISO date of the last day the deadline allows, when it can be read from the text. */
  due?: string;
  /** Where the deadline is written, when not where the registration itself is (Ninh Thuận: Phụ lục II). */
  source?: SourceRef;
}

export interface RegistrationRecord {
  id: string;
  unit: UnitRef;
  targetLevel: RecognitionLevel;
  targetYear: number;
  status: RegistrationStatus;
  /** Agency assigned to support this unit, when the plan names one. */
  agency?: string;
  deadlines: Deadline[];
  note?: string;
  source: SourceRef;
}

export const INDICATORS = [
  'province-task-completed',
  'district-ntm',
  'district-ntm-advanced',
  'district-task-completed',
  'commune-ntm',
  'commune-ntm-advanced',
  'commune-ntm-model',
  'village-ntm',
  'village-ntm-model',
  'ocop-products',
  'other',
] as const;
export type Indicator = (typeof INDICATORS)[number];

export interface TargetRecord {
  id: string;
  scope: 'province' | 'district';
  unit?: UnitRef;
  indicator: Indicator;
  /** The indicator as the plan words it. */
  label: string;
  /** Unit of measure as printed (ĐVT): "Xã", "Huyện", "Sản phẩm". */
  measure: string;
  /** Year the target is due (end of the year). */
  year: number;
  /** First year of a multi-year target ("giai đoạn 2021-2025" → 2021); absent for a one-year target. */
  periodStart?: number;
  /** Units to be added in the year, or over the period when periodStart is given; a range when the plan prints one ("04-05"). */
  planned?: Quantity;
  /** Cumulative target at the end of the year, e.g. 65 of 119. */
  cumulative?: { value: Quantity; of?: number };
  note?: string;
  source: SourceRef;
}

export interface TaskRecord {
  id: string;
  /** Heading the task sits under ("II. Xây dựng văn bản, cơ chế, chính sách"). */
  group?: string;
  content: string;
  lead: string[];
  coordinating: string[];
  deadline?: { text: string; due?: string };
  source: SourceRef;
}

export interface AgencyAssignment {
  id: string;
  unit: UnitRef;
  agency: string;
  role: 'district-supervision' | 'commune-support';
  year: number;
  source: SourceRef;
}

export interface BudgetLine {
  id: string;
  label: string;
  amountBillionVnd: number;
  year?: number;
  sharePercent?: number;
  parentId?: string;
  note?: string;
  source: SourceRef;
}

export const FACT_KINDS = ['status', 'registration', 'target', 'deadline', 'budget', 'duty', 'other'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * A fact of the plan that fits none of the other record types: a target with no map indicator
 * ("≥60% thôn kiểu mẫu"), a support rate per commune, a reporting deadline, a duty given to a whole class of bodies.
 */
export interface FactRecord {
  id: string;
  kind: Exclude<FactKind, 'status' | 'registration'>;
  /** The fact as the plan words it (shortened, not paraphrased). */
  label: string;
  /** Who or what the fact is about, as written ("Các xã miền núi", "Huyện Quế Sơn"), when not the whole province. */
  subject?: string;
  /** Unit of measure as printed: "%", "xã", "tỷ đồng", "triệu đồng/thôn". */
  measure?: string;
  value?: Quantity;
  /** "≥" for "ít nhất", "tối thiểu"; "≤" for "không quá"; "<" / ">" as printed. */
  comparator?: '>=' | '<=' | '<' | '>';
  year?: number;
  periodStart?: number;
  lead?: string[];
  coordinating?: string[];
  deadline?: { text: string; due?: string };
  /** Reading chosen where the plan is ambiguous, and why. */
  note?: string;
  source: SourceRef;
}

export interface PlanFile {
  province: { slug: string; name: string; gsoCode: string };
  document: PlanDocument;
  statuses: StatusRecord[];
  registrations: RegistrationRecord[];
  targets: TargetRecord[];
  tasks: TaskRecord[];
  agencyAssignments: AgencyAssignment[];
  budget: BudgetLine[];
  facts?: FactRecord[];
}
