/**
 * What a coordination office adds on top of the plan: statuses, criteria counts, registrations and agencies
 * per unit, from imports or edits in the app. Every change set records who and when, and can be undone.
 * Pure: storage (IndexedDB) and files are elsewhere.
 */
import type { RecognitionLevel } from './levels';
import { withStatuses, type ProvinceModel, type WithUnit } from './model';
import type { AgencyAssignment, RegistrationRecord } from './plan';

export const OVERLAY_FORMAT = 'ntm-map-overlay';
export const OVERLAY_VERSION = 1;

export interface UnitFacts {
  level?: RecognitionLevel;
  yearRecognised?: number;
  criteria?: { met: number; total: number };
  /** null: the office states the unit is not registered. */
  registration?: { targetLevel: RecognitionLevel; targetYear: number } | null;
  agency?: string | null;
}

export type FactField = keyof UnitFacts;
export const FACT_FIELDS: FactField[] = ['level', 'yearRecognised', 'criteria', 'registration', 'agency'];

export interface FieldChange {
  code: string;
  field: FactField;
  before: unknown;
  after: unknown;
}

export interface ChangeSet {
  id: string;
  /** ISO date-time. */
  at: string;
  by: string;
  /** 'undo': a change set that reverts an earlier one (kept in the history, as the shared server does). */
  origin: 'edit' | 'import' | 'undo';
  /** File name for imports, unit name for edits. */
  label: string;
  changes: FieldChange[];
}

export interface Overlay {
  format: typeof OVERLAY_FORMAT;
  version: typeof OVERLAY_VERSION;
  provinceCode: string;
  units: Record<string, UnitFacts>;
  history: ChangeSet[];
  /**
   * Browser storage's revision of this record (bumped on every write, checked in the write's transaction so that
   * two tabs cannot overwrite each other). Not part of exports.
   */
  revision?: number;
}

export function emptyOverlay(provinceCode: string): Overlay {
  return { format: OVERLAY_FORMAT, version: OVERLAY_VERSION, provinceCode, units: {}, history: [] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A change set holding only the fields that actually change. */
export function makeChangeSet(
  overlay: Overlay,
  updates: readonly { code: string; facts: UnitFacts }[],
  meta: { id: string; at: string; by: string; origin: ChangeSet['origin']; label: string },
): ChangeSet {
  const changes: FieldChange[] = [];
  for (const { code, facts } of updates) {
    for (const field of FACT_FIELDS) {
      if (!(field in facts)) continue;
      const before = overlay.units[code]?.[field];
      const after = facts[field];
      if (!same(before, after)) changes.push({ code, field, before, after });
    }
  }
  return { ...meta, changes };
}

function setField(units: Record<string, UnitFacts>, code: string, field: FactField, value: unknown): void {
  const facts = { ...(units[code] ?? {}) } as Record<string, unknown>;
  if (value === undefined) delete facts[field];
  else facts[field] = value;
  if (Object.keys(facts).length) units[code] = facts as UnitFacts;
  else delete units[code];
}

export function applyChangeSet(overlay: Overlay, set: ChangeSet): Overlay {
  const units = { ...overlay.units };
  for (const c of set.changes) setField(units, c.code, c.field, c.after);
  return { ...overlay, units, history: [...overlay.history, set] };
}

/** Reverts the last change set. */
export function undoLast(overlay: Overlay): Overlay {
  const last = overlay.history[overlay.history.length - 1];
  if (!last) return overlay;
  const units = { ...overlay.units };
  for (const c of [...last.changes].reverse()) setField(units, c.code, c.field, c.before);
  return { ...overlay, units, history: overlay.history.slice(0, -1) };
}

export function serializeOverlay(overlay: Overlay): string {
  const { revision: _revision, ...exported } = overlay;
  return JSON.stringify(exported, null, 2) + '\n';
}

export type OverlayError =
  | { key: 'overlay.error.json' }
  | { key: 'overlay.error.format' }
  | { key: 'overlay.error.province'; params: { expected: string; found: string } }
  | { key: 'overlay.error.unit'; params: { code: string } }
  | { key: 'overlay.error.value'; params: { code: string; field: string } }
  | { key: 'overlay.error.history'; params: { entry: number } };

/** The plan model with the office's facts on top: statuses, registrations and agencies per unit. */
export function applyOverlay(model: ProvinceModel, overlay: Overlay): ProvinceModel {
  if (overlay.provinceCode !== model.province.code) return model;
  const lastChange = new Map<string, ChangeSet>();
  for (const set of overlay.history) for (const c of set.changes) lastChange.set(c.code, set);
  const sourceOf = (code: string) => {
    const set = lastChange.get(code);
    return { section: set ? `${set.by} · ${set.at.slice(0, 10)} · ${set.label}` : 'NTM Map', quote: set?.label ?? '' };
  };
  const entries = Object.entries(overlay.units).filter(([code]) => model.communes.some((c) => c.code === code) || model.districts.some((d) => d.code === code));

  const withCriteria = withStatuses(
    model,
    entries
      .map(([code, f]) => ({
        code,
        // A criteria count alone says nothing about the level: no status is invented for it.
        level: f.level,
        asOf: f.yearRecognised ? `${f.yearRecognised}-12-31` : (lastChange.get(code)?.at.slice(0, 10) ?? '2024-12-31'),
        yearRecognised: f.yearRecognised,
        criteria: f.criteria,
        source: sourceOf(code),
      }))
      .filter((s) => s.level !== undefined || s.criteria !== undefined),
  );

  const unitOf = (code: string) => model.communes.find((c) => c.code === code) ?? model.districts.find((d) => d.code === code)!;
  const resolvedOf = (code: string): WithUnit<RegistrationRecord>['resolved'] => {
    const unit = unitOf(code);
    return {
      code,
      districtCode: unit.tier === 'district' ? unit.code : unit.parentCode,
      resolution: { status: 'matched', unit, method: 'manual', notes: [{ key: 'reason.manual', params: { evidence: sourceOf(code).section } }] },
    };
  };
  const regOverrides = entries.filter(([, f]) => f.registration !== undefined);
  const overridden = new Set(regOverrides.map(([code]) => code));
  const registrations = [
    ...withCriteria.registrations.filter((r) => !r.resolved.code || !overridden.has(r.resolved.code)),
    ...regOverrides
      .filter(([, f]) => f.registration)
      .map(([code, f]): WithUnit<RegistrationRecord> => {
        const unit = unitOf(code);
        return {
          id: `user-reg-${code}`,
          unit: { name: unit.name, tier: unit.tier === 'district' ? 'district' : 'commune', code, evidence: sourceOf(code).section },
          targetLevel: f.registration!.targetLevel,
          targetYear: f.registration!.targetYear,
          status: 'registered',
          agency: typeof f.agency === 'string' ? f.agency : undefined,
          deadlines: [],
          source: sourceOf(code),
          resolved: resolvedOf(code),
        };
      }),
  ];
  const agencyOverrides = entries.filter(([, f]) => f.agency !== undefined);
  const agencyCodes = new Set(agencyOverrides.map(([code]) => code));
  const agencyAssignments = [
    ...withCriteria.agencyAssignments.filter((a) => !a.resolved.code || !agencyCodes.has(a.resolved.code)),
    ...agencyOverrides
      .filter(([, f]) => typeof f.agency === 'string' && f.agency.trim())
      .map(([code, f]): WithUnit<AgencyAssignment> => {
        const unit = unitOf(code);
        return {
          id: `user-agency-${code}`,
          unit: { name: unit.name, tier: unit.tier === 'district' ? 'district' : 'commune', code, evidence: sourceOf(code).section },
          agency: (f.agency as string).trim(),
          role: unit.tier === 'district' ? 'district-supervision' : 'commune-support',
          year: f.registration?.targetYear ?? new Date().getFullYear(),
          source: sourceOf(code),
          resolved: resolvedOf(code),
        };
      }),
  ];
  return { ...withCriteria, registrations, agencyAssignments };
}
