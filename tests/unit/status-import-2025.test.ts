/**
 * The office's status table for the communes of 1 July 2025: template pre-filled with the province's communes,
 * matching by 5-digit code (aliases, lost zeros) or by name (prefix, NFD, "Hoà"), the matching report, and the
 * overlay kept apart from the old province's. Round trip: template → filled CSV/XLSX → import → overlay → map colours.
 */
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { buildProvince2025Model, officeModel2025 } from '../../src/domain/communes-2025';
import { applyChangeSet, emptyOverlay, makeChangeSet, serializeOverlay } from '../../src/domain/overlay';
import { guessMapping, importUpdates } from '../../src/domain/status-import';
import {
  applyOverlay2025,
  emptyOverlay2025,
  matchStatusRows2025,
  overlayKey2025,
  parseOverlay2025,
  statusTemplate2025,
  TEMPLATE_FIELDS,
  templateFileName2025,
} from '../../src/domain/status-import-2025';
import { tableToCsv, tableToSheetRows } from '../../src/domain/table-files';
import { communeCategories } from '../../src/domain/views';
import { createTranslator, loadLanguage } from '../../src/i18n/i18n';
import { readStatusTable } from '../../src/io/tables';
import { COMMUNES_2025 } from '../fixtures/plan-2025';

await loadLanguage('en'); // English is loaded on demand in the app

const model = buildProvince2025Model({ code: '90', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem' }, COMMUNES_2025);

describe('template', () => {
  it.each(['vi', 'en'] as const)('has one row per commune with its code, and headers the import recognises (%s)', (lang) => {
    const template = statusTemplate2025(model, createTranslator(lang));
    expect(template.rows.map((r) => r.code)).toEqual(model.communes.map((c) => c.code));
    expect(template.rows.map((r) => r.name)).toEqual(model.communes.map((c) => c.name));
    const mapping = guessMapping(template.columns.map((c) => c.label));
    expect(Object.fromEntries(TEMPLATE_FIELDS.map((f, i) => [f, i]))).toEqual(mapping);
  });

  it('keeps codes as text in the spreadsheet (leading zeros)', () => {
    const sheet = tableToSheetRows(statusTemplate2025(model, createTranslator('vi')));
    const baChe = sheet.find((r) => r[0]?.value === '06978');
    expect(baChe?.[0].type).toBe(String);
    expect(templateFileName2025(model, 'xlsx')).toBe('mau-trang-thai-thu-nghiem-2025.xlsx');
  });
});

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('matching', () => {
  const header = ['Mã xã', 'Tên xã, phường', 'Mức đạt chuẩn NTM'];
  const mapping = guessMapping(header);

  it('by code: either source code, a code that lost its zero; a name given alongside must agree', () => {
    const report = matchStatusRows2025(
      model,
      [
        ['6970', 'Xã Ba Chẽ', 'Đạt chuẩn NTM'],
        ['90001', 'Phường An Bình', 'NTM nâng cao'],
        ['90003', 'Xã Khác', 'NTM nâng cao'],
        ['14365', '', 'NTM nâng cao'],
      ],
      mapping,
    );
    expect(report.rows.map((r) => [r.outcome, r.unit?.code ?? null])).toEqual([
      ['matched', '06978'],
      ['matched', '90001'],
      ['unmatched', '90003'],
      ['unmatched', null],
    ]);
    expect(report.rows[2].reason.key).toBe('import.reason.codeNameMismatch');
    expect(report.rows[3].reason.key).toBe('import.reason.codeElsewhere');
    // The report shows the row as written.
    expect(report.rows[0].raw[0]).toBe('6970');
    expect(report.counts).toMatchObject({ matched: 2, unmatched: 2 });
  });

  it('by name: without "Xã", NFD, older tone placement, no diacritics', () => {
    const report = matchStatusRows2025(
      model,
      [
        ['', 'Hoà Giang', 'NTM nâng cao'],
        ['', 'Phường An Bình'.normalize('NFD'), 'Đạt chuẩn NTM'],
        ['', 'xa cuong dung', 'NTM kiểu mẫu'],
        ['', 'Xã Không Có', 'NTM kiểu mẫu'],
      ],
      mapping,
    );
    expect(report.rows.map((r) => [r.outcome, r.unit?.code ?? null])).toEqual([
      ['matched', '90005'],
      ['matched', '90001'],
      ['matched', '90003'],
      ['unmatched', null],
    ]);
  });

  it('two rows for one commune: neither is applied', () => {
    const report = matchStatusRows2025(
      model,
      [
        ['90005', '', 'NTM nâng cao'],
        ['', 'Xã Hòa Giang', 'Đạt chuẩn NTM'],
      ],
      mapping,
    );
    expect(report.counts.duplicate).toBe(2);
    expect(importUpdates(report)).toEqual([]);
  });
});

async function roundTrip(file: { name: string; data: ArrayBuffer }) {
  const raw = await readStatusTable(file.name, file.data);
  const mapping = guessMapping(raw.header);
  const report = matchStatusRows2025(
    model,
    raw.rows.filter((r) => r.slice(2).some((c) => c !== '')),
    mapping,
  );
  const updates = importUpdates(report);
  const start = emptyOverlay2025(model.province.code);
  const overlay = applyChangeSet(
    start,
    makeChangeSet(start, updates, { id: 'i1', at: '2026-02-01T08:00:00Z', by: 'VP NTM', origin: 'import', label: file.name }),
  );
  // Saved and read back (the Data tab's export/import).
  const parsed = parseOverlay2025(serializeOverlay(overlay), model);
  if ('error' in parsed) throw new Error(parsed.error.key);
  const office = applyOverlay2025(officeModel2025(model), parsed.overlay);
  return { report, office };
}

function filled(): (string | null)[][] {
  const template = statusTemplate2025(model, createTranslator('vi'));
  const facts: Record<string, [string, string, string, string]> = {
    '90001': ['NTM nâng cao', '2024', '19', '19'],
    '06978': ['Đạt chuẩn NTM', '', '', ''],
    '90005': ['Chưa đạt', '', '15', '19'],
  };
  return template.rows.map((r) => {
    const f = facts[String(r.code)];
    return [String(r.code), String(r.name), f?.[0] ?? '', f?.[1] ?? '', f?.[2] ?? '', f?.[3] ?? ''];
  });
}

describe('round trip: template → filled file → import → overlay → colours by level', () => {
  const expectColours = (office: ReturnType<typeof officeModel2025>) => {
    const levels = communeCategories(office, 'level', 2026);
    expect(levels.get('90001')).toBe('ntm-advanced');
    expect(levels.get('06978')).toBe('ntm');
    expect(levels.get('90005')).toBe('none');
    expect(levels.get('90003')).toBe('no-data');
    expect(office.criteria.find((c) => c.code === '90005')).toMatchObject({ met: 15, total: 19 });
  };

  it('CSV', async () => {
    const template = statusTemplate2025(model, createTranslator('vi'));
    const header = template.columns.slice(0, 6);
    const csv = tableToCsv({ columns: header, rows: filled().map((r) => Object.fromEntries(header.map((c, i) => [c.key, r[i]]))) });
    const { report, office } = await roundTrip({ name: 'trang-thai.csv', data: encode(csv) });
    expect(report.counts).toMatchObject({ matched: 3, unmatched: 0, invalid: 0 });
    expectColours(office);
  });

  it('XLSX (codes as text)', async () => {
    const template = statusTemplate2025(model, createTranslator('en'));
    const header = template.columns.slice(0, 6);
    const rows = tableToSheetRows({ columns: header, rows: filled().map((r) => Object.fromEntries(header.map((c, i) => [c.key, r[i]]))) });
    const buffer = await writeXlsxFile([{ data: rows, sheet: 'Template' }] as never).toBuffer();
    const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    const { report, office } = await roundTrip({ name: 'status.xlsx', data });
    expect(report.counts).toMatchObject({ matched: 3, unmatched: 0, invalid: 0 });
    expectColours(office);
  });
});

describe('the 2025 overlay is kept apart from the old province', () => {
  it('has its own key; an old province overlay of the same code is not applied and not accepted', () => {
    expect(overlayKey2025('37')).toBe('37@2025');
    const old = applyChangeSet(
      emptyOverlay('90'),
      makeChangeSet(emptyOverlay('90'), [{ code: '90001', facts: { level: 'ntm' } }], {
        id: 'o',
        at: '2025-01-01T00:00:00Z',
        by: 'x',
        origin: 'edit',
        label: 'x',
      }),
    );
    const office = officeModel2025(model);
    expect(applyOverlay2025(office, old)).toBe(office);
    expect(parseOverlay2025(serializeOverlay(old), model)).toEqual({ error: { key: 'overlay.error.province', params: { expected: '90@2025', found: '90' } } });
  });

  it('rejects codes that are not communes of the 2025 province', () => {
    const overlay = { ...emptyOverlay2025('90'), units: { '14365': { level: 'ntm' as const } } };
    expect(parseOverlay2025(serializeOverlay(overlay), model)).toEqual({ error: { key: 'overlay.error.unit', params: { code: '14365' } } });
  });
});

describe('rows for the shared matcher (io/match-client, the worker)', () => {
  it('replace the gazetteer codes of Ba Chẽ and Ia Mơ and restore lost zeros, in the code column only', async () => {
    const { aliasCodes2025 } = await import('../../src/domain/status-import-2025');
    const rows = [
      ['6970', '06970', 'x'],
      ['23737', 'Xã Ia Mơ', ''],
      ['', 'Xã An', '1234'],
    ];
    expect(aliasCodes2025(rows, { code: 0, name: 1 })).toEqual([
      ['06978', '06970', 'x'],
      ['23938', 'Xã Ia Mơ', ''],
      ['', 'Xã An', '1234'],
    ]);
    expect(aliasCodes2025(rows, { name: 1 })).toEqual(rows);
  });
});
