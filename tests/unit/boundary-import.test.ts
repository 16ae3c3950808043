/**
 * A boundary file's import as its worker runs it (src/io/boundary-import.ts): matched to the province's units where
 * it is read, only the matched polygons sent back (simplified for display), the others reported by name and reason.
 */
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BoundaryImportSession, PROBLEM_ROWS_SHOWN } from '../../src/io/boundary-import';
import { tinyModel } from '../fixtures/tiny-province';

const ring = (x: number, y: number, n = 8): number[][] => {
  const points = Array.from({ length: n }, (_, k) => {
    const a = (k / n) * 2 * Math.PI;
    return [+(x + 0.01 * Math.cos(a)).toFixed(9), +(y + 0.01 * Math.sin(a)).toFixed(9)];
  });
  return [...points, points[0]];
};
const polygon = (i: number, properties: Record<string, string>): Feature<Polygon> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [ring(105 + i * 0.05, 20)] },
});
const file = (features: Feature[]) => {
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

describe('a boundary file matched in its worker', () => {
  it('sends back only the province’s polygons, and names the others with their reason', async () => {
    const session = await BoundaryImportSession.open(
      'vung.geojson',
      file([
        polygon(0, { ma_xa: '90001', ten_xa: 'Xã Khánh Phú', ten_huyen: 'Huyện Yên Khánh' }),
        polygon(1, { ma_xa: '14755', ten_xa: 'Phường Hàm Rồng', ten_huyen: 'Thành phố Thanh Hóa' }),
        polygon(2, { ma_xa: '90003', ten_xa: 'Xã Tam Thanh', ten_huyen: 'Huyện Kim Sơn' }),
        polygon(3, { ma_xa: '14758', ten_xa: 'Phường Đông Thọ', ten_huyen: 'Thành phố Thanh Hóa' }),
      ]),
    );
    expect(session.head).toMatchObject({ format: 'geojson', features: 4, dropped: { notPolygon: 0, broken: 0, outOfRange: 0 } });
    const result = session.match(tinyModel());
    expect(result.fields).toEqual({ tier: 'commune', codeField: 'ma_xa', nameField: 'ten_xa', districtField: 'ten_huyen' });
    expect(result.counts).toEqual({ matched: 2, ambiguous: 0, unmatched: 2, invalid: 0, duplicate: 0 });
    expect(result.matched.features.map((f) => f.properties)).toEqual([
      { code: '90001', name: 'Xã Khánh Phú', districtCode: '901' },
      { code: '90003', name: 'Xã Tam Thanh', districtCode: '902' },
    ]);
    expect(result.problems.map((p) => [p.label, p.outcome, p.reason.key])).toEqual([
      ['Phường Hàm Rồng · 14755', 'unmatched', 'import.reason.codeElsewhere'],
      ['Phường Đông Thọ · 14758', 'unmatched', 'import.reason.codeElsewhere'],
    ]);
    expect(result.problemCount).toBe(2);
    expect(result.missing).toBe(1); // Bình Minh has no polygon in the file
    // Vertices of what is drawn only: the two matched rings of 9 points, cut to 5 decimals.
    expect([result.verticesBefore, result.verticesAfter]).toEqual([18, 18]);
    expect(result.matched.features[0].geometry.coordinates[0][1]).toEqual([
      +(105 + 0.01 * Math.cos(Math.PI / 4)).toFixed(5),
      +(20 + 0.01 * Math.sin(Math.PI / 4)).toFixed(5),
    ]);
  });

  it('matches Vietnamese names written without diacritics, decomposed or without the type word', async () => {
    const session = await BoundaryImportSession.open(
      'ten.geojson',
      file([
        polygon(0, { ten: 'Xa Khanh Phu', huyen: 'Yen Khanh' }),
        polygon(1, { ten: 'Bình Minh'.normalize('NFD'), huyen: 'Huyện Yên Khánh'.normalize('NFD') }),
        polygon(2, { ten: 'Tam Thanh', huyen: 'Kim Sơn' }),
        polygon(3, { ten: 'Xã Không Có', huyen: 'Kim Sơn' }),
      ]),
    );
    const result = session.match(tinyModel(), { tier: 'commune', nameField: 'ten', districtField: 'huyen' });
    expect(result.matched.features.map((f) => f.properties.code)).toEqual(['90001', '90002', '90003']);
    expect(result.problems).toEqual([
      { index: 3, label: 'Xã Không Có', outcome: 'unmatched', reason: expect.objectContaining({ key: 'import.reason.notFound' }) },
    ]);
  });

  it('lists the first problem rows and counts them all; matches again with other fields', async () => {
    const foreign = Array.from({ length: 150 }, (_, i) => polygon(i + 1, { ma_xa: String(20000 + i), ten_xa: `Xã Khác ${i}` }));
    const session = await BoundaryImportSession.open('nhieu.geojson', file([polygon(0, { ma_xa: '90002', ten_xa: 'Xã Bình Minh' }), ...foreign]));
    const first = session.match(tinyModel());
    expect(first.counts.unmatched).toBe(150);
    expect(first.problems).toHaveLength(PROBLEM_ROWS_SHOWN);
    expect(first.problemCount).toBe(150);
    expect(first.problems[0].label).toBe('Xã Khác 0 · 20000');
    // By name alone: the same commune, the others not found by name.
    const again = session.match(tinyModel(), { tier: 'commune', nameField: 'ten_xa' });
    expect(again.matched.features.map((f) => f.properties.code)).toEqual(['90002']);
    expect(again.problems[0].reason.key).toBe('import.reason.notFound');
    // As districts: nothing of it is a district.
    expect(session.match(tinyModel(), { tier: 'district', codeField: 'ma_xa' }).counts.matched).toBe(0);
  });
});
