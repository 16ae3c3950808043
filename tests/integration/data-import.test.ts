/** Bringing your own data: table files, boundary files, matching, overlay edits and their round trip. */
import writeXlsxFile from 'write-excel-file/node';
import JSZip from 'jszip';
import proj4 from 'proj4';
import shpwrite from '@mapbox/shp-write';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { matchBoundaryFeatures, guessBoundaryFields } from '../../src/domain/boundary-match';
import { applyChangeSet, applyOverlay, emptyOverlay, makeChangeSet, serializeOverlay, undoLast } from '../../src/domain/overlay';
import { parseOverlay } from '../../src/domain/overlay-validate';
import { districtStatus } from '../../src/domain/views';
import { canImport, guessMapping, importUpdates, matchStatusRows, parseCriteria, parseLevelText } from '../../src/domain/status-import';
import { BoundaryFileError, readBoundaries } from '../../src/io/boundaries';
import { FileReadError, readStatusTable } from '../../src/io/tables';
import { decodeText } from '../../src/io/text';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { syntheticCommunes } from '../fixtures/synthetic-communes';

const gaz = loadGazetteer2024();
const nb = loadProvinceModel('ninh-binh');
const yenKhanh = gaz.findExact('Huyện Yên Khánh', { tier: 'district', within: '37' })[0];
const khanhPhu = gaz.findExact('Xã Khánh Phú', { tier: 'commune', within: yenKhanh.code })[0];
const utf8 = (s: string) => new TextEncoder().encode(s);
const buffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (c: number) => {
    out[o++] = le ? c & 255 : c >> 8;
    out[o++] = le ? c >> 8 : c & 255;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
  return out;
}

const CSV = 'Mã xã;Tên xã;Huyện;Mức độ;Năm công nhận;Số tiêu chí\n;Xã Khánh Phú;Yên Khánh;NTM nâng cao;2024;19/19\n';

describe('reading status tables', () => {
  it('decodes UTF-8 with and without BOM, and UTF-16 LE/BE with or without BOM', () => {
    const s = 'Tên xã,Mức độ\nKhánh Phú,Đạt chuẩn';
    expect(decodeText(utf8(s)).text).toBe(s);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)])).text).toBe(s);
    for (const [le, bom] of [
      [true, true],
      [false, true],
      [true, false],
    ] as const) {
      const d = decodeText(utf16(s, le, bom));
      expect(d.text).toBe(s);
      expect(d.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
    }
  });

  it('reads CSV with semicolons or commas and XLSX into the same rows', async () => {
    const semi = await readStatusTable('x.csv', buffer(utf8(CSV)));
    expect(semi).toMatchObject({ format: 'csv', delimiter: ';', header: ['Mã xã', 'Tên xã', 'Huyện', 'Mức độ', 'Năm công nhận', 'Số tiêu chí'] });
    expect(semi.rows).toEqual([['', 'Xã Khánh Phú', 'Yên Khánh', 'NTM nâng cao', '2024', '19/19']]);
    const comma = await readStatusTable('x.csv', buffer(utf16(CSV.replace(/;/g, ','), true, true)));
    expect(comma.rows).toEqual(semi.rows);
    const xlsx = await writeXlsxFile([semi.header.map((value) => ({ value })), semi.rows[0].map((value) => ({ value }))]).toBuffer();
    const fromXlsx = await readStatusTable('x.xlsx', buffer(new Uint8Array(xlsx)));
    expect(fromXlsx.format).toBe('xlsx');
    expect(fromXlsx.rows).toEqual(semi.rows);
  });

  it('rejects empty, binary, header-only and oversized files with a reason', async () => {
    const reason = async (name: string, data: ArrayBuffer) => {
      try {
        await readStatusTable(name, data);
        return 'read';
      } catch (e) {
        return (e as FileReadError).key;
      }
    };
    expect(await reason('a.csv', new ArrayBuffer(0))).toBe('file.error.empty');
    expect(await reason('a.csv', buffer(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])))).toBe('file.error.type');
    expect(await reason('a.pdf', buffer(utf8('a,b\n1,2')))).toBe('file.error.type');
    expect(await reason('a.csv', buffer(utf8('Tên xã;Mức độ\n')))).toBe('file.error.noRows');
    expect(await reason('a.csv', new ArrayBuffer(21 * 1024 * 1024))).toBe('file.error.tooLarge');
    expect(await reason('a.xlsx', buffer(utf8('not a zip')))).toBe('file.error.type');
  });
});

describe('column mapping and values', () => {
  it('guesses Vietnamese headers', () => {
    expect(
      guessMapping([
        'STT',
        'Mã xã',
        'Tên xã',
        'Huyện',
        'Mức độ đạt chuẩn',
        'Năm công nhận',
        'Số tiêu chí đạt',
        'Năm đăng ký',
        'Mức đăng ký',
        'Sở, ngành hỗ trợ',
      ]),
    ).toEqual({
      code: 1,
      name: 2,
      district: 3,
      level: 4,
      yearRecognised: 5,
      criteria: 6,
      regYear: 7,
      regLevel: 8,
      agency: 9,
    });
    expect(canImport({ name: 0 })).toBe(false);
    expect(canImport({ name: 0, level: 1 })).toBe(true);
  });

  it('reads levels and criteria as offices write them', () => {
    expect(parseLevelText('Đạt chuẩn NTM')).toBe('ntm');
    expect(parseLevelText('NTM nâng cao')).toBe('ntm-advanced');
    expect(parseLevelText('đạt chuẩn NTM kiểu mẫu')).toBe('ntm-model');
    expect(parseLevelText('Chưa đạt')).toBe('none');
    expect(parseLevelText('')).toBeUndefined();
    expect(parseLevelText('tốt')).toBe('invalid');
    expect(parseCriteria('17/19')).toEqual({ met: 17, total: 19 });
    expect(parseCriteria('14')).toEqual({ met: 14, total: 19 });
    expect(parseCriteria('20/19')).toBe('invalid');
    expect(parseCriteria('mười')).toBe('invalid');
  });
});

describe('matching rows to units', () => {
  const header = ['code', 'name', 'district', 'level', 'criteria'];
  const mapping = guessMapping(['Mã', 'Tên xã', 'Huyện', 'Mức độ', 'Tiêu chí']);
  it('matches by code first, then by name within the district, any spelling', () => {
    expect(header.length).toBe(5);
    const rows = [
      ['', 'Xã Khánh Phú', 'huyện Yên Khánh', 'NTM nâng cao', '19/19'],
      ['', 'khanh phu', 'Yen Khanh', 'Đạt chuẩn', '17/19'],
      ['', 'KHÁNH PHÚ', 'YÊN KHÁNH', '', '18'],
      ['', 'Xã Khánh Phú'.normalize('NFD'), 'Yên Khánh'.normalize('NFD'), 'Đạt chuẩn', ''],
      [khanhPhu.code, '', '', 'NTM kiểu mẫu', ''],
      [String(Number(khanhPhu.code)), 'Khánh Phú', '', 'NTM kiểu mẫu', ''],
    ];
    for (const row of rows) {
      const r = matchStatusRows(nb, [row], mapping).rows[0];
      expect(r.outcome, row.join('|')).toBe('matched');
      expect(r.unit?.code).toBe(khanhPhu.code);
    }
  });

  it('reports every other row with its reason', () => {
    const dupName = (() => {
      const names = new Map<string, string[]>();
      for (const c of nb.communes) names.set(c.name, [...(names.get(c.name) ?? []), c.code]);
      return [...names.entries()].find(([, codes]) => codes.length > 1)?.[0];
    })();
    const rows = [
      ['00004', 'Phường Trúc Bạch', '', 'Đạt chuẩn', ''],
      ['', 'Xã Không Có', 'Yên Khánh', 'Đạt chuẩn', ''],
      ['', '<img src=x onerror=alert(1)>', '', 'Đạt chuẩn', ''],
      ['', 'Khánh Phú', 'Yên Khánh', 'tốt lắm', ''],
      ['', 'Khánh Phú', 'Yên Khánh', '', ''],
      ['', '', '', 'Đạt chuẩn', ''],
      ['', 'Xã Khánh Hồng', 'Yên Khánh', 'NTM nâng cao', ''],
      ['', 'khanh hong', 'Yên Khánh', 'NTM nâng cao', ''],
      ...(dupName ? [['', dupName, '', 'Đạt chuẩn', '']] : []),
    ];
    const report = matchStatusRows(nb, rows, mapping);
    const keyOf = (i: number) => [report.rows[i].outcome, report.rows[i].reason.key];
    expect(keyOf(0)).toEqual(['unmatched', 'import.reason.codeElsewhere']);
    expect(keyOf(1)).toEqual(['unmatched', 'import.reason.notFound']);
    expect(keyOf(2)).toEqual(['unmatched', 'import.reason.notFound']);
    expect(report.rows[2].reason.params.name).toBe('<img src=x onerror=alert(1)>');
    expect(keyOf(3)).toEqual(['invalid', 'import.reason.badValue']);
    expect(keyOf(4)).toEqual(['invalid', 'import.reason.noFacts']);
    expect(keyOf(5)).toEqual(['invalid', 'import.reason.noKey']);
    expect(keyOf(6)).toEqual(['duplicate', 'import.reason.duplicate']);
    expect(keyOf(7)).toEqual(['duplicate', 'import.reason.duplicate']);
    if (dupName) expect(keyOf(8)).toEqual(['ambiguous', 'import.reason.ambiguous']);
    expect(importUpdates(report)).toEqual([]);
    expect(report.rows.map((r) => r.line)).toEqual(rows.map((_, i) => i + 2));
  });
});

describe('overlay: edits, undo, persistence format', () => {
  const meta = (id: string) => ({ id, at: '2024-12-20T09:00:00.000Z', by: 'Nguyễn Văn A', origin: 'edit' as const, label: 'test' });
  it('applies, records before/after, undoes, and round-trips through JSON without loss', () => {
    let o = emptyOverlay('37');
    const set1 = makeChangeSet(o, [{ code: khanhPhu.code, facts: { level: 'ntm-advanced', criteria: { met: 19, total: 19 } } }], meta('c1'));
    expect(set1.changes).toHaveLength(2);
    o = applyChangeSet(o, set1);
    const set2 = makeChangeSet(
      o,
      [
        { code: khanhPhu.code, facts: { level: 'ntm-model', criteria: { met: 19, total: 19 } } },
        { code: yenKhanh.code, facts: { agency: 'Sở Tài chính' } },
      ],
      meta('c2'),
    );
    expect(set2.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['level', 'ntm-advanced', 'ntm-model'],
      ['agency', undefined, 'Sở Tài chính'],
    ]);
    o = applyChangeSet(o, set2);
    const codes = new Set([...nb.districts, ...nb.communes].map((u) => u.code));
    const parsed = parseOverlay(serializeOverlay(o), '37', codes);
    expect('overlay' in parsed && parsed.overlay).toEqual(o);
    const back = undoLast(o);
    expect(back.units[khanhPhu.code]).toEqual({ level: 'ntm-advanced', criteria: { met: 19, total: 19 } });
    expect(back.units[yenKhanh.code]).toBeUndefined();
    expect(undoLast(undoLast(back))).toEqual(emptyOverlay('37'));
  });

  it('refuses files for another province, unknown units, bad values and broken JSON', () => {
    const codes = new Set([...nb.districts, ...nb.communes].map((u) => u.code));
    const o = { ...emptyOverlay('37'), units: { [khanhPhu.code]: { level: 'ntm' as const } } };
    expect(parseOverlay('{', '37', codes)).toEqual({ error: { key: 'overlay.error.json' } });
    expect(parseOverlay('{"a":1}', '37', codes)).toEqual({ error: { key: 'overlay.error.format' } });
    expect(parseOverlay(serializeOverlay({ ...o, provinceCode: '38' }), '37', codes)).toMatchObject({ error: { key: 'overlay.error.province' } });
    expect(parseOverlay(serializeOverlay({ ...o, units: { '99999': { level: 'ntm' } } }), '37', codes)).toMatchObject({ error: { key: 'overlay.error.unit' } });
    expect(parseOverlay(serializeOverlay({ ...o, units: { [khanhPhu.code]: { level: 'great' as never } } }), '37', codes)).toMatchObject({
      error: { key: 'overlay.error.value' },
    });
  });

  it('puts imported facts into the model: statuses, criteria, registrations and agencies', () => {
    const report = matchStatusRows(nb, [['', 'Khánh Phú', 'Yên Khánh', 'NTM nâng cao', '19/19']], guessMapping(['Mã', 'Tên', 'Huyện', 'Mức độ', 'Tiêu chí']));
    let o = applyChangeSet(emptyOverlay('37'), makeChangeSet(emptyOverlay('37'), importUpdates(report), { ...meta('i1'), origin: 'import' }));
    o = applyChangeSet(
      o,
      makeChangeSet(
        o,
        [{ code: yenKhanh.code, facts: { level: 'ntm-advanced', registration: { targetLevel: 'ntm-model', targetYear: 2025 }, agency: 'Sở Tài chính' } }],
        meta('e1'),
      ),
    );
    const m = applyOverlay(nb, o);
    expect(m.statuses.find((s) => s.resolved.code === khanhPhu.code)?.level).toBe('ntm-advanced');
    expect(m.criteria.find((c) => c.code === khanhPhu.code)).toMatchObject({ met: 19, total: 19 });
    expect(districtStatus(m, yenKhanh.code).level).toBe('ntm-advanced');
    const ykRegs = m.registrations.filter((r) => r.resolved.code === yenKhanh.code);
    expect(ykRegs.map((r) => [r.targetLevel, r.targetYear])).toEqual([['ntm-model', 2025]]);
    expect(m.agencyAssignments.find((a) => a.resolved.code === yenKhanh.code)?.agency).toBe('Sở Tài chính');
    expect(applyOverlay(nb, emptyOverlay('37'))).toEqual(nb);
  });
});

describe('boundary files', () => {
  const communes = syntheticCommunes('37');
  const asBuffer = (text: string) => buffer(utf8(text));

  it('reads GeoJSON and TopoJSON and joins every commune by code', async () => {
    const fromGeo = await readBoundaries('nb.geojson', asBuffer(JSON.stringify(communes)));
    expect(fromGeo.format).toBe('geojson');
    expect(fromGeo.features.features).toHaveLength(communes.features.length);
    const fields = guessBoundaryFields(fromGeo.properties, 'commune');
    expect(fields).toMatchObject({ codeField: 'ma_xa', nameField: 'ten_xa', districtField: 'ten_huyen' });
    const match = matchBoundaryFeatures(nb, fromGeo.features.features, fields);
    expect(match.counts.matched).toBe(communes.features.length);
    expect(match.missing).toEqual([]);
    const topo = topology({ communes });
    const fromTopo = await readBoundaries('nb.json', asBuffer(JSON.stringify(topo)));
    expect(fromTopo.format).toBe('topojson');
    expect(fromTopo.features.features).toHaveLength(communes.features.length);
  });

  it('joins by name within the district when there is no code, and reports duplicates and strangers', () => {
    const features = communes.features
      .slice(0, 6)
      .map((f) => ({ ...f, properties: { TEN: f.properties.ten_xa.replace(/^Xã /, '').toUpperCase(), HUYEN: f.properties.ten_huyen } }));
    features.push({ ...features[0] });
    features.push({ ...features[1], properties: { TEN: 'Xã Không Có Thật', HUYEN: features[1].properties.HUYEN } });
    const match = matchBoundaryFeatures(nb, features, { tier: 'commune', nameField: 'TEN', districtField: 'HUYEN' });
    expect(match.rows.map((r) => r.outcome)).toEqual(['duplicate', 'matched', 'matched', 'matched', 'matched', 'matched', 'duplicate', 'unmatched']);
  });

  it('reads KML', async () => {
    const f = communes.features.find((x) => x.geometry.type === 'Polygon')!;
    const ring = (f.geometry as import('geojson').Polygon).coordinates[0].map((p) => p.join(',')).join(' ');
    const kmlText = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>${f.properties.ten_xa}</name><ExtendedData><Data name="ma_xa"><value>${f.properties.ma_xa}</value></Data></ExtendedData><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`;
    const parsed = await readBoundaries('x.kml', asBuffer(kmlText));
    expect(parsed.format).toBe('kml');
    expect(parsed.features.features).toHaveLength(1);
    const match = matchBoundaryFeatures(nb, parsed.features.features, { tier: 'commune', codeField: 'ma_xa', nameField: 'name' });
    expect(match.rows[0].unit?.code).toBe(f.properties.ma_xa);
  });

  it('reads a zipped Shapefile in VN-2000 / UTM and reprojects it to WGS84 from the .prj', async () => {
    const utm = '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs';
    // Office shapefiles often carry names without diacritics (DBF in a legacy code page).
    const fold = (t: string) =>
      t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd');
    const sample = communes.features.slice(0, 3).map((f) => ({ ...f, properties: { ma_xa: f.properties.ma_xa, ten_xa: fold(f.properties.ten_xa) } }));
    const projected = {
      type: 'FeatureCollection',
      features: sample.map((f) => ({
        ...f,
        geometry: {
          type: f.geometry.type,
          coordinates:
            f.geometry.type === 'Polygon'
              ? f.geometry.coordinates.map((r) => r.map((p) => proj4('WGS84', utm, p)))
              : (f.geometry.coordinates as number[][][][]).map((poly) => poly.map((r) => r.map((p) => proj4('WGS84', utm, p)))),
        },
      })),
    };
    const zipped = await shpwrite.zip(projected as never, { outputType: 'arraybuffer', compression: 'STORE' } as never);
    const zip = await JSZip.loadAsync(zipped as ArrayBuffer);
    const prjName = Object.keys(zip.files).find((n) => n.endsWith('.prj'))!;
    zip.file(
      prjName,
      'PROJCS["WGS 84 / UTM zone 48N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]',
    );
    const data = await zip.generateAsync({ type: 'arraybuffer' });
    const parsed = await readBoundaries('nb.zip', data);
    expect(parsed.format).toBe('shapefile');
    expect(parsed.features.features).toHaveLength(3);
    const first = parsed.features.features[0].geometry;
    const p = first.type === 'Polygon' ? first.coordinates[0][0] : first.coordinates[0][0][0];
    expect(p[0]).toBeGreaterThan(105);
    expect(p[0]).toBeLessThan(107);
    expect(p[1]).toBeGreaterThan(19.5);
    expect(p[1]).toBeLessThan(21);
    const match = matchBoundaryFeatures(nb, parsed.features.features, guessBoundaryFields(parsed.properties, 'commune'));
    expect(match.counts.matched).toBe(3);
  }, 30_000);

  it('matches on the code alone when the name came out garbled', () => {
    const f = communes.features[0];
    const garbled = [{ ...f, properties: { ma_xa: f.properties.ma_xa, ten_xa: 'X\uFFFD Kh\uFFFDnh' } }];
    expect(matchBoundaryFeatures(nb, garbled, { tier: 'commune', codeField: 'ma_xa', nameField: 'ten_xa' }).counts.matched).toBe(1);
    const noCode = [{ ...f, properties: { ten_xa: 'X\uFFFD Kh\uFFFDnh' } }];
    expect(matchBoundaryFeatures(nb, noCode, { tier: 'commune', nameField: 'ten_xa' }).rows[0].reason.key).toBe('import.reason.garbled');
  });

  it('explains broken, empty, projected and non-polygon files', async () => {
    const reason = async (name: string, data: ArrayBuffer) => {
      try {
        await readBoundaries(name, data);
        return 'read';
      } catch (e) {
        return (e as BoundaryFileError).key;
      }
    };
    expect(await reason('a.geojson', new ArrayBuffer(0))).toBe('file.error.empty');
    expect(await reason('a.geojson', asBuffer('{"type": "FeatureCo'))).toBe('file.error.unreadable');
    expect(await reason('a.docx', asBuffer('{}'))).toBe('file.error.type');
    expect(
      await reason(
        'a.geojson',
        asBuffer(
          JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105, 20] } }] }),
        ),
      ),
    ).toBe('boundary.error.noPolygons');
    const metres = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [600000, 2200000],
                [601000, 2200000],
                [601000, 2201000],
                [600000, 2200000],
              ],
            ],
          },
        },
      ],
    };
    expect(await reason('a.geojson', asBuffer(JSON.stringify(metres)))).toBe('boundary.error.projection');
    expect(await reason('a.geojson', new ArrayBuffer(61 * 1024 * 1024))).toBe('file.error.tooLarge');
    const mixed = {
      type: 'FeatureCollection',
      features: [
        ...communes.features.slice(0, 2),
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [105, 20],
                [105.1, 20],
              ],
            ],
          },
        },
      ],
    };
    const ok = await readBoundaries('a.geojson', asBuffer(JSON.stringify(mixed)));
    expect(ok.dropped).toEqual({ notPolygon: 0, broken: 1, outOfRange: 0 });
    expect(ok.features.features).toHaveLength(2);
  });
});
