/**
 * Hostile and broken input, file by file (fixtures from tests/fixtures/hostile.ts): every backup is validated in
 * full, formula cells are neutralised and restored, huge and bomb-like files are refused before they cost anything,
 * missing shapefile parts are named, every vertex is checked, mixed encodings are reported, bad links are named.
 */
import { describe, expect, it } from 'vitest';
import { isRealDate, isRealDateTime } from '../../src/domain/dates';
import { applyChangeSet, applyOverlay, emptyOverlay, makeChangeSet } from '../../src/domain/overlay';
import { rebaseChangeSet } from '../../src/domain/overlay-merge';
import { parseOverlay, validateOverlay } from '../../src/domain/overlay-validate';
import { escapeFormula, unescapeFormula } from '../../src/domain/csv-safety';
import type { Table } from '../../src/domain/tables';
import { tableToCsv } from '../../src/domain/table-files';
import { BoundaryFileError, checkPolygons, parseBoundaryFile, readBoundaries } from '../../src/io/boundaries';
import { FileReadError, MAX_TABLE_ROWS, readStatusTable } from '../../src/io/tables';
import { decodeText } from '../../src/io/text';
import { zipEntries } from '../../src/io/zip-inspect';
import { ignoredParams, fromQuery } from '../../src/state/url';
import { urlProblems } from '../../src/state/url-notice';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import {
  badBackups,
  bigCsv,
  formulaCsv,
  hostileButValidBackup,
  KHANH_HONG,
  KHANH_PHU,
  lyingZipBomb,
  makeZip,
  deflatedZeros as deflatedZerosRaw,
  mixedEncodingCsv,
  outOfRangeGeojson,
  shapefileWithoutDbf,
  zipBomb,
} from '../fixtures/hostile';

const nb = loadProvinceModel('ninh-binh');
const deflatedZerosForTest = () => deflatedZerosRaw(256);
const codes = new Set([...nb.districts, ...nb.communes].map((u) => u.code));
const buffer = (b: Uint8Array | string) => {
  const u = typeof b === 'string' ? new TextEncoder().encode(b) : b;
  return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
};

describe('JSON backups are validated in full before anything is stored', () => {
  it.each(Object.keys(badBackups))('refuses %s', (name) => {
    const result = parseOverlay(badBackups[name], '37', codes);
    expect('error' in result).toBe(true);
  });

  it('names the broken history entry', () => {
    expect(parseOverlay(badBackups['history-null.json'], '37', codes)).toEqual({ error: { key: 'overlay.error.history', params: { entry: 1 } } });
    expect(parseOverlay(badBackups['history-no-changes.json'], '37', codes)).toEqual({ error: { key: 'overlay.error.history', params: { entry: 1 } } });
    expect(parseOverlay(badBackups['units-proto.json'], '37', codes)).toMatchObject({ error: { key: 'overlay.error.unit', params: { code: '__proto__' } } });
  });

  it('a record that passes can be applied and drawn (markup and formulas stay plain text)', () => {
    const parsed = parseOverlay(hostileButValidBackup, '37', codes);
    if (!('overlay' in parsed)) throw new Error(JSON.stringify(parsed));
    const model = applyOverlay(nb, parsed.overlay);
    expect(model.agencyAssignments.find((a) => a.resolved.code === KHANH_PHU)?.agency).toBe('=HYPERLINK("http://evil.example","x")');
    expect(({} as Record<string, unknown>).level).toBeUndefined(); // nothing leaked onto Object.prototype
  });

  it('validates stored records without the unit list, keeping only known keys', () => {
    const stored = { ...emptyOverlay('37'), revision: 5, extra: 'x' };
    const check = validateOverlay(stored, '37');
    expect(check).toEqual({ overlay: emptyOverlay('37') });
    expect(validateOverlay({ ...emptyOverlay('37'), history: [null] }, '37')).toMatchObject({ error: { key: 'overlay.error.history' } });
  });
});

describe('dates are real calendar dates', () => {
  it('refuses 2025-13-45, 2025-02-30 and 2023-02-29; accepts 2024-02-29', () => {
    expect(['2025-13-45', '2025-02-30', '2023-02-29', '2025-00-10', '2025-1-1'].map(isRealDate)).toEqual([false, false, false, false, false]);
    expect(['2024-02-29', '2025-07-01', '2025-12-31'].map(isRealDate)).toEqual([true, true, true]);
    expect(isRealDateTime('2025-03-01T08:00:00.000Z')).toBe(true);
    expect(isRealDateTime('2025-03-01T25:00:00.000Z')).toBe(false);
  });
});

describe('two tabs: a change set merged onto what another tab saved', () => {
  it('keeps both tabs’ changes; before-values come from the stored record', () => {
    const meta = (id: string) => ({ id, at: '2025-03-01T08:00:00.000Z', by: 'A', origin: 'import' as const, label: id });
    const base = emptyOverlay('37');
    const tabA = applyChangeSet(base, makeChangeSet(base, [{ code: KHANH_PHU, facts: { level: 'ntm' } }], meta('a')));
    const setB = makeChangeSet(
      base,
      [
        { code: KHANH_HONG, facts: { level: 'ntm-advanced' } },
        { code: KHANH_PHU, facts: { level: 'ntm' } },
      ],
      meta('b'),
    );
    const rebased = rebaseChangeSet(tabA, setB);
    expect(rebased.changes).toEqual([{ code: KHANH_HONG, field: 'level', before: undefined, after: 'ntm-advanced' }]);
    const merged = applyChangeSet(tabA, rebased);
    expect(merged.units).toEqual({ [KHANH_PHU]: { level: 'ntm' }, [KHANH_HONG]: { level: 'ntm-advanced' } });
    expect(merged.history.map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('CSV formula injection', () => {
  const table: Table = {
    id: 'communes',
    title: 't',
    columns: [
      { key: 'name', label: 'Tên' },
      { key: 'n', label: 'Số' },
    ],
    rows: [
      { name: '=1+1', n: -5 },
      { name: '+33 123', n: 1 },
      { name: '-x', n: 2 },
      { name: '@SUM(A1)', n: 3 },
      { name: '=A1\n=B2', n: 4 },
      { name: 'Xã Khánh Phú', n: 5 },
    ],
  } as unknown as Table;

  it('prefixes text cells starting with = + - @ (also with a line break), never numbers', () => {
    const csv = tableToCsv(table);
    expect(csv).toContain(`"'=1+1",-5`);
    expect(csv).toContain(`"'+33 123",1`);
    expect(csv).toContain(`"'-x",2`);
    expect(csv).toContain(`"'@SUM(A1)",3`);
    expect(csv).toContain(`"'=A1\n=B2",4`);
    expect(csv).toContain('Xã Khánh Phú,5');
  });

  it('re-importing the export gives back the original values', async () => {
    const back = await readStatusTable('xuat.csv', buffer(tableToCsv(table)));
    expect(back.rows.map((r) => r[0])).toEqual(['=1+1', '+33 123', '-x', '@SUM(A1)', '=A1\n=B2', 'Xã Khánh Phú']);
    expect(unescapeFormula(escapeFormula('=cmd'))).toBe('=cmd');
    expect(unescapeFormula("'tên")).toBe("'tên");
  });

  it('a status table with formula cells imports them as text', async () => {
    const t = await readStatusTable('formula.csv', buffer(formulaCsv));
    expect(t.rows.map((r) => r[3])).toEqual(['=1+1', '@SUM(A1)']);
  });
});

describe('big and hostile files', () => {
  it('a 200,000-row CSV is refused for its row count, quickly, not called corrupt', async () => {
    const started = performance.now();
    const error = await readStatusTable('lon.csv', buffer(bigCsv(200_000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect(error).toMatchObject({ key: 'file.error.tooManyRows', params: { limit: MAX_TABLE_ROWS } });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a table at the row limit is read whole, with progress', async () => {
    const shares: number[] = [];
    const t = await readStatusTable('vua.csv', buffer(bigCsv(MAX_TABLE_ROWS)), (s) => shares.push(s));
    expect(t.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(shares.length).toBeGreaterThan(5);
    expect(shares.at(-1)).toBe(1);
  });

  it('a zip bomb (1 MB announcing 2 × 512 MB) is refused from its directory, before unzipping', async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    expect(zipEntries(bomb).map((e) => e.uncompressedSize)).toEqual([512 * 1024 * 1024, 512 * 1024 * 1024]);
    const started = performance.now();
    const error = await parseBoundaryFile('bom.zip', buffer(bomb)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoundaryFileError);
    expect(error).toMatchObject({ key: 'file.error.zipTooLarge', params: { size: 1024 } });
    expect(performance.now() - started).toBeLessThan(500);
  }, 30_000);

  it('a zip bomb whose directory lies about its sizes is cut off while inflating, at the limit', async () => {
    const bomb = await lyingZipBomb();
    expect(zipEntries(bomb).map((e) => e.uncompressedSize)).toEqual([1024, 1024]);
    const before = process.memoryUsage().rss;
    const error = await parseBoundaryFile('bom.zip', buffer(bomb)).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'file.error.zipTooLarge', params: { limit: 250 } });
    expect(process.memoryUsage().rss - before).toBeLessThan(600 * 1024 * 1024);
  }, 60_000);

  it('a workbook that would unzip past the limit is refused too, whether its directory tells the truth or lies', async () => {
    const error = await readStatusTable('bom.xlsx', buffer(await zipBomb())).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'file.error.zipTooLarge', params: { size: 1024 } });
    const renamed = makeZip([{ name: 'xl/worksheets/sheet1.xml', raw: { ...(await deflatedZerosForTest()), size: 1024 } }]);
    const lying = await readStatusTable('bom.xlsx', buffer(renamed)).catch((e: unknown) => e);
    expect(lying).toMatchObject({ key: 'file.error.zipTooLarge', params: { limit: 200 } });
  }, 60_000);

  it('names the missing .dbf of a zipped shapefile', async () => {
    const error = await parseBoundaryFile('ranh-gioi.zip', buffer(shapefileWithoutDbf())).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'boundary.error.shapefileMissing', params: { missing: 'xa.dbf' } });
  });

  it('checks every vertex, not only the first', async () => {
    const parsed = await readBoundaries('ngoai.geojson', buffer(outOfRangeGeojson()));
    expect(parsed.features.features.map((f) => f.properties.ma_xa)).toEqual([KHANH_PHU]);
    expect(parsed.dropped.outOfRange).toBe(1);
    const onlyBad = JSON.parse(outOfRangeGeojson());
    onlyBad.features = onlyBad.features.slice(1);
    expect(() => checkPolygons(onlyBad.features)).toThrow(BoundaryFileError);
  });

  it('detects a file mixing UTF-8 and Windows-1258 and reads each line in its own encoding', async () => {
    const decoded = decodeText(mixedEncodingCsv());
    expect(decoded.encoding).toBe('utf-8+windows-1258');
    expect(decoded.legacyLines).toEqual([3]);
    const t = await readStatusTable('tron.csv', buffer(mixedEncodingCsv()));
    expect(t.rows.map((r) => r[1])).toEqual(['Xã Khánh Hồng', 'Khánh Phú']);
    expect(t.legacyLines).toEqual([3]);
    // A file wholly in Windows-1258 is not "mixed".
    expect(decodeText(Buffer.from(';Khánh Phú;Yên Khánh\n', 'latin1')).encoding).toBe('windows-1258');
  });
});

describe('tampered links', () => {
  it('names what it ignores: unknown names, malformed values, unreal dates', () => {
    const search = '?province=ninh-binh&view=evil&asOf=2025-13-45&units=2025-02-30&levels=ntm,<script>&lang=fr&foo=1&year=2024';
    expect(ignoredParams(search)).toEqual(['view=evil', 'asOf=2025-13-45', 'units=2025-02-30', 'levels=ntm,<script>', 'lang=fr', 'foo']);
    expect(fromQuery(search)).toMatchObject({ asOf: null, unitsAsOf: null, year: 2024, levels: ['ntm'] });
  });

  it('names an unknown province or district rather than silently opening another', () => {
    const provinces = [{ slug: 'ninh-binh' }, { slug: 'thanh-hoa' }];
    expect(urlProblems('?province=atlantis', provinces, null)).toEqual(['province=atlantis']);
    expect(urlProblems('?province=ninh-binh&district=999', provinces, ['369', '370'])).toEqual(['district=999']);
    expect(urlProblems('?province=ninh-binh&district=369', provinces, ['369', '370'])).toEqual([]);
    expect(urlProblems('?province=toan-quoc', provinces, null)).toEqual([]);
    // A year the view has no data for: the app opens the nearest year it has and says the link's year was not used.
    expect(urlProblems('?province=thanh-hoa&view=registration&year=2025', provinces, null, { view: 'registration', year: 2024 })).toEqual(['year=2025']);
    expect(urlProblems('?province=thanh-hoa&view=registration&year=2024', provinces, null, { view: 'registration', year: 2024 })).toEqual([]);
    expect(urlProblems('?province=thanh-hoa&year=2025', provinces, null, { view: 'level', year: 2025 })).toEqual([]);
  });
});
