/**
 * The office's status table for the communes of 1 July 2025 (the 2026–2030 phase): a template pre-filled with
 * the province's communes and 5-digit codes, matching by code (either source's code for Ba Chẽ and Ia Mơ,
 * leading zeros restored) and otherwise by name (with or without "Xã"/"Phường", NFC or NFD, "Hòa" or "Hoà"),
 * with the same matching report as the district maps, and the office's overlay kept apart from the old
 * province's (a 2025 province code can equal an old one: Ninh Bình is 37 before and after).
 */
import type { MessageKey, Translate } from '../i18n/i18n';
import { boundaryCode2025, officeModel2025, type Province2025Model } from './communes-2025';
import type { ProvinceModel } from './model';
import type { Overlay, OverlayError } from './overlay';
import { overlayKey2025 } from './overlay-2025';
import { parseOverlay } from './overlay-validate';
import { matchStatusRows, type ColumnMapping, type ImportReport } from './status-import';
import type { Column, Cell } from './tables';

export { applyOverlay2025, emptyOverlay2025, overlayKey2025 } from './overlay-2025';

/** Template columns: the import's fields, in the order guessMapping recognises from their labels. */
export const TEMPLATE_FIELDS = ['code', 'name', 'level', 'yearRecognised', 'criteria', 'criteriaTotal', 'regLevel', 'regYear', 'agency'] as const;

/** The template: one row per commune (code as text, so spreadsheets keep the leading zero), facts empty. */
export function statusTemplate2025(model: Province2025Model, t: Translate): { title: string; columns: Column[]; rows: Record<string, Cell>[] } {
  return {
    title: t('template.title', { province: model.province.name }),
    columns: TEMPLATE_FIELDS.map((key) => ({ key, label: t(`template2025.col.${key}` as MessageKey) })),
    rows: model.communes.map((c) => ({
      code: c.code,
      name: c.name,
      level: null,
      yearRecognised: null,
      criteria: null,
      criteriaTotal: null,
      regLevel: null,
      regYear: null,
      agency: null,
    })),
  };
}

/** File name of the template download. */
export function templateFileName2025(model: Province2025Model, format: 'csv' | 'xlsx'): string {
  return `mau-trang-thai-${model.province.slug}-2025.${format}`;
}

/**
 * Matches a status table to the 2025 communes of the province (see matchStatusRows for the report). The office
 * model is officeModel2025(model); pass it when the caller keeps one.
 */
export function matchStatusRows2025(
  model: Province2025Model,
  rows: readonly string[][],
  mapping: ColumnMapping,
  office: ProvinceModel = officeModel2025(model),
): ImportReport {
  const report = matchStatusRows(office, aliasCodes2025(rows, mapping), mapping);
  // The report shows each row as it was written.
  return { ...report, rows: report.rows.map((r, i) => ({ ...r, raw: [...rows[i]] })) };
}

/**
 * The rows with the 2025 gazetteer's codes for Ba Chẽ and Ia Mơ (06970, 23737) replaced by the boundary file's
 * (06978, 23938), and codes that lost their leading zero restored: what matchRows (io/match-client, the worker for
 * large tables) needs when given officeModel2025.
 */
export function aliasCodes2025(rows: readonly string[][], mapping: ColumnMapping): string[][] {
  const codeColumn = mapping.code;
  if (codeColumn === undefined) return rows.map((r) => [...r]);
  return rows.map((r) => r.map((cell, i) => (i === codeColumn && /^\s*\d{4,5}\s*$/.test(cell) ? boundaryCode2025(cell) : cell)));
}

/** Parses an exported 2025 overlay: for this 2025 province, naming only its communes. */
export function parseOverlay2025(text: string, model: Province2025Model): { overlay: Overlay } | { error: OverlayError } {
  return parseOverlay(text, overlayKey2025(model.province.code), new Set(model.byCode.keys()));
}
