/**
 * Reads a status table (CSV in any common encoding and delimiter, or XLSX) into rows of strings.
 * The XLSX reader (with its unzip library) is loaded the first time a workbook is read, not with the app.
 */
import Papa from 'papaparse';
import { decodeText, looksBinary } from './text';

export interface RawTable {
  header: string[];
  rows: string[][];
  /** How the file was read, for the preview. */
  format: 'csv' | 'xlsx';
  encoding?: string;
  delimiter?: string;
}

export class FileReadError extends Error {
  constructor(
    readonly key: 'file.error.empty' | 'file.error.type' | 'file.error.tooLarge' | 'file.error.noRows' | 'file.error.unreadable',
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export const MAX_TABLE_BYTES = 20 * 1024 * 1024;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).normalize('NFC').trim();
}

function finish(all: string[][], base: Omit<RawTable, 'header' | 'rows'>): RawTable {
  const nonEmpty = all.map((r) => r.map(cellText)).filter((r) => r.some((c) => c !== ''));
  if (nonEmpty.length < 2) throw new FileReadError('file.error.noRows');
  const width = Math.max(...nonEmpty.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...new Array(width - r.length).fill('')];
  return { ...base, header: pad(nonEmpty[0]).map((h, i) => h || `#${i + 1}`), rows: nonEmpty.slice(1).map(pad) };
}

export async function readStatusTable(name: string, data: ArrayBuffer): Promise<RawTable> {
  if (data.byteLength === 0) throw new FileReadError('file.error.empty', { name });
  if (data.byteLength > MAX_TABLE_BYTES) throw new FileReadError('file.error.tooLarge', { name, limit: MAX_TABLE_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(data);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(name) || isZip) {
    if (!isZip) throw new FileReadError('file.error.type', { name });
    let rows: unknown[][];
    try {
      const { readSheet } = await import('read-excel-file/universal');
      rows = (await readSheet(data)) as unknown[][];
    } catch {
      throw new FileReadError('file.error.unreadable', { name });
    }
    return finish(rows as string[][], { format: 'xlsx' });
  }
  if (!/\.(csv|txt|tsv)$/i.test(name) || looksBinary(bytes)) throw new FileReadError('file.error.type', { name });
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new FileReadError('file.error.empty', { name });
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  return finish(parsed.data, { format: 'csv', encoding, delimiter: parsed.meta.delimiter });
}
