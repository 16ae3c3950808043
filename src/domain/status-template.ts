/**
 * The status table template (issue 15 §6): every district and commune of the province with its GSO code and
 * district, and the columns the import reads (headers the import's guessMapping recognises in both languages),
 * empty for the office to fill. The same file, filled in, goes back through status-import.ts unchanged.
 * Rows left blank are dropped before matching (withoutBlankRows) so a partly filled template imports cleanly.
 */
import type { MessageKey, Translate } from '../i18n/i18n';
import type { ProvinceModel } from './model';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './status-import';
import type { Table } from './tables';
import { compareVi } from './names';

/** Template columns, in order: the unit's key, then the facts. */
export const TEMPLATE_FIELDS: readonly ImportField[] = IMPORT_FIELDS;
const KEY_FIELDS: readonly ImportField[] = ['code', 'name', 'district'];

export function statusTemplateTable(model: ProvinceModel, t: Translate): Table {
  const districtName = new Map(model.districts.map((d) => [d.code, d.name]));
  const communesOf = (code: string) => model.communes.filter((c) => c.parentCode === code).sort((a, b) => compareVi(a.name, b.name));
  const rows: Table['rows'] = [];
  for (const d of [...model.districts].sort((a, b) => compareVi(a.name, b.name))) {
    rows.push({ code: d.code, name: d.name, district: null });
    for (const c of communesOf(d.code)) rows.push({ code: c.code, name: c.name, district: districtName.get(d.code) ?? null });
  }
  return {
    id: 'status-template',
    title: t('table.status-template'),
    columns: TEMPLATE_FIELDS.map((key) => ({ key, label: t(`template.col.${key}` as MessageKey) })),
    rows,
  };
}

/** Rows with nothing but the unit's key filled in (the template's untouched rows). */
export function withoutBlankRows(rows: readonly string[][], mapping: ColumnMapping): string[][] {
  const factColumns = (Object.entries(mapping) as [ImportField, number][]).filter(([f]) => !KEY_FIELDS.includes(f)).map(([, i]) => i);
  return rows.filter((raw) => factColumns.some((i) => (raw[i] ?? '').trim() !== ''));
}
