/** Browser downloads: text files, blobs, and tables as CSV / JSON / XLSX. */
import type { Table } from '../domain/tables';
import { tableToCsv, tableToJson, tableToSheetRows } from '../domain/tables';

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

export function downloadTable(baseName: string, table: Table, format: 'csv' | 'json'): void {
  if (format === 'csv') downloadBlob(`${baseName}.csv`, new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }));
  else downloadBlob(`${baseName}.json`, new Blob([tableToJson(table)], { type: 'application/json' }));
}

export async function downloadTableXlsx(baseName: string, table: Table): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheet = [{ data: tableToSheetRows(table), sheet: table.title.slice(0, 31) }];
  const blob = await writeXlsxFile(sheet as unknown as Parameters<typeof writeXlsxFile>[0]).toBlob();
  downloadBlob(`${baseName}.xlsx`, blob);
}
