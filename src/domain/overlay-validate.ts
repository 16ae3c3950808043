/**
 * Full validation of an office overlay (a JSON backup, or a record read back from browser storage) before
 * anything is stored or drawn: the envelope, every unit's facts, and every change set of the history (the
 * fields undo and the map's citations read). Hostile keys such as "__proto__" are refused, not copied.
 * Pure: no storage, no DOM.
 */
import { isRealDateTime } from './dates';
import { isRecognitionLevel } from './levels';
import { FACT_FIELDS, OVERLAY_FORMAT, OVERLAY_VERSION, type FactField, type Overlay, type OverlayError } from './overlay';

/** Longest text accepted in a backup (names, labels, agencies): far above any real one. */
export const MAX_OVERLAY_TEXT = 500;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_OVERLAY_TEXT) => typeof v === 'string' && v.length <= max;
const isYear = (v: unknown) => Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const isUnitCode = (code: string) => !UNSAFE_KEYS.has(code) && /^\d{2,5}$/.test(code);

/** One fact's value; undefined means "not set" (allowed as a change's before/after). */
export function validFactValue(field: FactField, v: unknown): boolean {
  if (v === undefined) return true;
  switch (field) {
    case 'level':
      return isRecognitionLevel(v);
    case 'yearRecognised':
      return isYear(v);
    case 'criteria': {
      if (!isObject(v) || Object.keys(v).some((k) => k !== 'met' && k !== 'total')) return false;
      const { met, total } = v as { met: unknown; total: unknown };
      return (
        Number.isInteger(met) &&
        Number.isInteger(total) &&
        (met as number) >= 0 &&
        (total as number) >= 1 &&
        (total as number) <= 99 &&
        (met as number) <= (total as number)
      );
    }
    case 'registration': {
      if (v === null) return true;
      if (!isObject(v) || Object.keys(v).some((k) => k !== 'targetLevel' && k !== 'targetYear')) return false;
      return isRecognitionLevel(v.targetLevel) && isYear(v.targetYear);
    }
    case 'agency':
      return v === null || isText(v);
  }
}

export function validFacts(f: unknown): boolean {
  if (!isObject(f)) return false;
  return Object.keys(f).every((k) => (FACT_FIELDS as string[]).includes(k) && validFactValue(k as FactField, f[k]));
}

/** A recorded change set (from an overlay's history, a backup): its form and every value. */
export function validChangeSet(s: unknown, unitOk: (code: string) => boolean = isUnitCode): boolean {
  if (!isObject(s)) return false;
  if (!isText(s.id, 100) || !isText(s.at, 40) || !isRealDateTime(s.at as string) || !isText(s.by) || !isText(s.label)) return false;
  if (s.origin !== 'edit' && s.origin !== 'import' && s.origin !== 'undo') return false;
  if (!Array.isArray(s.changes)) return false;
  return s.changes.every((c: unknown) => {
    if (!isObject(c) || typeof c.code !== 'string' || UNSAFE_KEYS.has(c.code) || !unitOk(c.code)) return false;
    if (!(FACT_FIELDS as unknown[]).includes(c.field)) return false;
    return validFactValue(c.field as FactField, c.before) && validFactValue(c.field as FactField, c.after);
  });
}

export type OverlayCheck = { overlay: Overlay } | { error: OverlayError };

/**
 * Checks parsed JSON as an overlay for one province. `unitCodes` (the province's units) is given for imports;
 * records read back from storage are checked without it (their units were checked when they were written).
 */
export function validateOverlay(data: unknown, provinceCode: string, unitCodes?: ReadonlySet<string>): OverlayCheck {
  if (!isObject(data) || data.format !== OVERLAY_FORMAT || data.version !== OVERLAY_VERSION || !isObject(data.units) || !Array.isArray(data.history)) {
    return { error: { key: 'overlay.error.format' } };
  }
  if (data.provinceCode !== provinceCode)
    return { error: { key: 'overlay.error.province', params: { expected: provinceCode, found: String(data.provinceCode) } } };
  const unitOk = (code: string) => isUnitCode(code) && (!unitCodes || unitCodes.has(code));
  for (const [code, facts] of Object.entries(data.units)) {
    if (!unitOk(code)) return { error: { key: 'overlay.error.unit', params: { code } } };
    if (!validFacts(facts))
      return { error: { key: 'overlay.error.value', params: { code, field: isObject(facts) ? Object.keys(facts).join(', ') : typeof facts } } };
  }
  for (let i = 0; i < data.history.length; i++) {
    if (!validChangeSet(data.history[i], unitOk)) return { error: { key: 'overlay.error.history', params: { entry: i + 1 } } };
  }
  // Rebuilt with the known keys only: nothing else a file carries reaches storage.
  const overlay: Overlay = {
    format: OVERLAY_FORMAT,
    version: OVERLAY_VERSION,
    provinceCode,
    units: Object.fromEntries(Object.entries(data.units)) as Overlay['units'],
    history: data.history as Overlay['history'],
  };
  return { overlay };
}

/** Parses an exported overlay and validates all of it: for this province, its units only. */
export function parseOverlay(text: string, provinceCode: string, unitCodes: ReadonlySet<string>): { overlay: Overlay } | { error: OverlayError } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: { key: 'overlay.error.json' } };
  }
  return validateOverlay(data, provinceCode, unitCodes);
}
