/**
 * The one validation of the office's data, shared by the app (file imports, sync), the server (API) and the CLIs
 * (publish, backup/restore): an overlay file (parseOverlay and validateOverlay in ./overlay-validate, history included)
 * and a change set sent to the server (here).
 * Pure TS.
 */
import { FACT_FIELDS, type FactField, type UnitFacts } from './overlay';
import { validFacts } from './overlay-validate';

/** What a client sends to record a change: the server stamps who and when. */
export interface ChangeSetInput {
  id: string;
  origin: 'edit' | 'import';
  label: string;
  /** `after` absent: the field is removed (back to the plan). */
  changes: { code: string; field: FactField; after?: unknown }[];
}

export const LIMITS = { label: 300, changes: 50_000, id: 100 } as const;

export type SchemaError =
  | { key: 'schema.error.shape'; params: { path: string } }
  | { key: 'overlay.error.unit'; params: { code: string } }
  | { key: 'overlay.error.value'; params: { code: string; field: string } };

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const shape = (path: string): { error: SchemaError } => ({ error: { key: 'schema.error.shape', params: { path } } });

/** Checks a change set sent to the server: its form, that it names units of the province and that each value is valid. */
export function parseChangeSetInput(data: unknown, unitCodes: ReadonlySet<string>): { input: ChangeSetInput } | { error: SchemaError } {
  if (!isObject(data)) return shape('');
  const { id, origin, label, changes } = data;
  if (typeof id !== 'string' || !id || id.length > LIMITS.id) return shape('id');
  if (origin !== 'edit' && origin !== 'import') return shape('origin');
  if (typeof label !== 'string' || label.length > LIMITS.label) return shape('label');
  if (!Array.isArray(changes) || changes.length === 0 || changes.length > LIMITS.changes) return shape('changes');
  const out: ChangeSetInput['changes'] = [];
  for (const [i, c] of changes.entries()) {
    if (!isObject(c) || typeof c.code !== 'string' || !(FACT_FIELDS as string[]).includes(c.field as string)) return shape(`changes.${i}`);
    if (!unitCodes.has(c.code)) return { error: { key: 'overlay.error.unit', params: { code: c.code } } };
    const field = c.field as FactField;
    if (c.after !== undefined && !validFacts({ [field]: c.after })) return { error: { key: 'overlay.error.value', params: { code: c.code, field } } };
    out.push(c.after === undefined ? { code: c.code, field } : { code: c.code, field, after: c.after });
  }
  return { input: { id, origin, label, changes: out } };
}

/** The units' facts after a change: `after` absent removes the field; a unit left with no facts is dropped. */
export function applyChanges(
  units: Record<string, UnitFacts>,
  changes: readonly { code: string; field: FactField; after?: unknown }[],
): Record<string, UnitFacts> {
  const next = { ...units };
  for (const c of changes) {
    const facts = { ...(next[c.code] ?? {}) } as Record<string, unknown>;
    if (c.after === undefined) delete facts[c.field];
    else facts[c.field] = c.after;
    if (Object.keys(facts).length) next[c.code] = facts as UnitFacts;
    else delete next[c.code];
  }
  return next;
}

/** The codes whose facts, taken together, are not valid (e.g. criteria met above the total). */
export function invalidUnits(units: Record<string, UnitFacts>, codes: Iterable<string>): string[] {
  return [...new Set(codes)].filter((code) => units[code] !== undefined && !validFacts(units[code]));
}
