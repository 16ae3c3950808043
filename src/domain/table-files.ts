/**
 * A table as a file: CSV, JSON or a spreadsheet's rows. Apart from ./tables so that the CSV writer (papaparse)
 * is loaded with the first download, not with the first screen (src/ui/download.ts imports this on demand).
 */
import Papa from 'papaparse';
import { ESCAPE_FORMULAE } from './csv-safety';
import type { Table } from './table-shape';

/** CSV for spreadsheets: UTF-8 with BOM (so Excel reads Vietnamese), CRLF, header row of labels. */
export function tableToCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  const data = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? ''));
  // Text cells starting with = + - @ are prefixed with ' (src/domain/csv-safety.ts); the status import takes it off.
  return '\uFEFF' + Papa.unparse({ fields: table.columns.map((c) => c.label), data }, { newline: '\r\n', escapeFormulae: ESCAPE_FORMULAE });
}

/** JSON: the rows keyed by column key, with the column labels alongside. */
export function tableToJson(table: Pick<Table, 'title' | 'columns' | 'rows'> & { id: string }): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])));
  return JSON.stringify({ table: table.id, title: table.title, columns: table.columns, rows }, null, 2) + '\n';
}

/** Rows for a spreadsheet: a bold header row of labels, then the cells (numbers stay numbers). */
export function tableToSheetRows(
  table: Pick<Table, 'columns' | 'rows'>,
): { value?: string | number; type?: StringConstructor | NumberConstructor; fontWeight?: 'bold' }[][] {
  const header = table.columns.map((c) => ({ value: c.label, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = row[c.key];
      if (v === null || v === undefined || v === '') return {};
      return typeof v === 'number' ? { value: v, type: Number } : { value: String(v), type: String };
    }),
  );
  return [header, ...rows];
}
