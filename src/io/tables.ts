/**
 * Reads a status table (CSV in any common encoding and delimiter, or XLSX) into rows of strings, within stated
 * limits (bytes, rows, a workbook's unzipped size, checked before unzipping). Runs in a worker in the app
 * (src/workers/table.worker.ts), reporting progress. The XLSX reader is loaded the first time a workbook is read.
 */
import Papa from 'papaparse';
import { unescapeFormula } from '../domain/csv-safety';
import { decodeText, looksBinary } from './text';
import { totalUncompressed, unzipCapped, zipEntries, ZipLimitError } from './zip-inspect';
import { FileReadError, MAX_TABLE_BYTES, MAX_TABLE_ROWS, MAX_XLSX_UNZIPPED_BYTES } from './table-limits';

export { FileReadError, MAX_TABLE_BYTES, MAX_TABLE_ROWS, MAX_XLSX_UNZIPPED_BYTES };

export interface RawTable {
  header: string[];
  rows: string[][];
  /** How the file was read, for the preview. */
  format: 'csv' | 'xlsx';
  encoding?: string;
  delimiter?: string;
  /** Lines read as Windows-1258 in a file that mixes encodings (shown as a warning). */
  legacyLines?: number[];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return unescapeFormula(String(v).normalize('NFC').trim());
}

function finish(all: unknown[][], base: Omit<RawTable, 'header' | 'rows'>, name: string): RawTable {
  const nonEmpty = all.map((r) => r.map(cellText)).filter((r) => r.some((c) => c !== ''));
  if (nonEmpty.length < 2) throw new FileReadError('file.error.noRows');
  if (nonEmpty.length - 1 > MAX_TABLE_ROWS) throw new FileReadError('file.error.tooManyRows', { name, limit: MAX_TABLE_ROWS });
  // A loop, not Math.max(...rows): spreading 200,000 rows overflows the stack.
  let width = 0;
  for (const r of nonEmpty) if (r.length > width) width = r.length;
  const pad = (r: string[]) => [...r, ...new Array(width - r.length).fill('')];
  return { ...base, header: pad(nonEmpty[0]).map((h, i) => h || `#${i + 1}`), rows: nonEmpty.slice(1).map(pad) };
}

/** Progress: the share of the file read, 0..1. */
export async function readStatusTable(name: string, data: ArrayBuffer, onProgress: (share: number) => void = () => undefined): Promise<RawTable> {
  if (data.byteLength === 0) throw new FileReadError('file.error.empty', { name });
  if (data.byteLength > MAX_TABLE_BYTES) throw new FileReadError('file.error.tooLarge', { name, limit: MAX_TABLE_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(data);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(name) || isZip) {
    if (!isZip) throw new FileReadError('file.error.type', { name });
    let unzipped: number;
    try {
      unzipped = totalUncompressed(zipEntries(bytes));
    } catch {
      throw new FileReadError('file.error.zipBroken', { name });
    }
    if (unzipped > MAX_XLSX_UNZIPPED_BYTES) {
      throw new FileReadError('file.error.zipTooLarge', {
        name,
        size: Number.isFinite(unzipped) ? Math.round(unzipped / 1024 / 1024) : '> 4096',
        limit: MAX_XLSX_UNZIPPED_BYTES / 1024 / 1024,
      });
    }
    // The directory can lie: inflate once within the limit (cut off past it) before the workbook reader unzips it.
    try {
      await unzipCapped(bytes, MAX_XLSX_UNZIPPED_BYTES, /\.xml$|\.rels$/);
    } catch (error) {
      if (error instanceof ZipLimitError)
        throw new FileReadError('file.error.zipTooLarge', {
          name,
          size: `> ${MAX_XLSX_UNZIPPED_BYTES / 1024 / 1024}`,
          limit: MAX_XLSX_UNZIPPED_BYTES / 1024 / 1024,
        });
      throw new FileReadError('file.error.unreadable', { name });
    }
    let rows: unknown[][];
    try {
      const { readSheet } = await import('read-excel-file/universal');
      rows = (await readSheet(data)) as unknown[][];
    } catch {
      throw new FileReadError('file.error.unreadable', { name });
    }
    onProgress(1);
    return finish(rows, { format: 'xlsx' }, name);
  }
  if (!/\.(csv|txt|tsv)$/i.test(name) || looksBinary(bytes)) throw new FileReadError('file.error.type', { name });
  const { text, encoding, legacyLines } = decodeText(bytes);
  if (!text.trim()) throw new FileReadError('file.error.empty', { name });
  // Row by row, stopping as soon as the row limit is passed, with progress every 2,000 rows.
  const rows: string[][] = [];
  let delimiter: string | undefined;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      delimiter ??= result.meta.delimiter;
      rows.push(result.data);
      if (rows.length > MAX_TABLE_ROWS + 1) {
        tooMany = true;
        parser.abort();
      } else if (rows.length % 2000 === 0) onProgress(result.meta.cursor / text.length);
    },
  });
  if (tooMany) throw new FileReadError('file.error.tooManyRows', { name, limit: MAX_TABLE_ROWS });
  onProgress(1);
  return finish(rows, { format: 'csv', encoding, delimiter, ...(legacyLines ? { legacyLines } : {}) }, name);
}
