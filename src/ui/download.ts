/** Browser downloads: text files, blobs, and tables as CSV / JSON / XLSX. */
import type { Table } from '../domain/tables';

/** The file writers (and papaparse) are loaded with the first download. */
const tableFiles = () => import('../domain/table-files');

/**
 * buildTable, loaded with the first download (issue 19): the tables' code and their column names are not part of
 * the first load.
 */
export const tableBuilder = (): Promise<(typeof import('../domain/tables'))['buildTable']> => import('../domain/tables').then((m) => m.buildTable);

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

export async function downloadTable(baseName: string, table: Table, format: 'csv' | 'json'): Promise<void> {
  const { tableToCsv, tableToJson } = await tableFiles();
  if (format === 'csv') downloadBlob(`${baseName}.csv`, new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }));
  else downloadBlob(`${baseName}.json`, new Blob([tableToJson(table)], { type: 'application/json' }));
}

export async function downloadTableXlsx(baseName: string, table: Table): Promise<void> {
  const [{ default: writeXlsxFile }, { tableToSheetRows }] = await Promise.all([import('write-excel-file/browser'), tableFiles()]);
  const sheet = [{ data: tableToSheetRows(table), sheet: table.title.slice(0, 31) }];
  const blob = await writeXlsxFile(sheet as unknown as Parameters<typeof writeXlsxFile>[0]).toBlob();
  downloadBlob(`${baseName}.xlsx`, blob);
}
