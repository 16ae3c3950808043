/**
 * A status table's limits and read errors, apart from the reader (./tables, papaparse and the zip reader) so that
 * the main thread's side of the table worker (./table-client) does not bring the reader into the first screen.
 */
export class FileReadError extends Error {
  constructor(
    readonly key:
      | 'file.error.empty'
      | 'file.error.type'
      | 'file.error.tooLarge'
      | 'file.error.noRows'
      | 'file.error.unreadable'
      | 'file.error.tooManyRows'
      | 'file.error.zipTooLarge'
      | 'file.error.zipBroken',
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export const MAX_TABLE_BYTES = 20 * 1024 * 1024;
/** Rows a status table may have: many times the communes of any province (the whole country has 3,321 since 2025). */
export const MAX_TABLE_ROWS = 50_000;
/** What a workbook may unzip to. */
export const MAX_XLSX_UNZIPPED_BYTES = 200 * 1024 * 1024;
