/** Guessing a boundary file's code, name and district fields from its property names and values. */
import { describe, expect, it } from 'vitest';
import { guessBoundaryFields } from '../../src/domain/boundary-match';

const props = (...keys: [string, string[]][]) => keys.map(([key, samples]) => ({ key, samples }));

describe('guessBoundaryFields', () => {
  it("takes the commune's code and name, not the province's or district's listed before them", () => {
    const file = props(
      ['ma_tinh', ['38']],
      ['ten_tinh', ['Thanh Hóa']],
      ['ma_huyen', ['380', '381']],
      ['ten_huyen', ['Thành phố Thanh Hóa']],
      ['ma_xa', ['14755', '14758']],
      ['ten_xa', ['Phường Hàm Rồng', 'Phường Đông Thọ']],
    );
    expect(guessBoundaryFields(file, 'commune')).toEqual({ tier: 'commune', codeField: 'ma_xa', nameField: 'ten_xa', districtField: 'ten_huyen' });
    expect(guessBoundaryFields(file, 'district')).toEqual({ tier: 'district', codeField: 'ma_huyen', nameField: 'ten_huyen', districtField: undefined });
  });

  it('falls back to generic names, and leaves a field unchosen rather than take another tier’s', () => {
    expect(guessBoundaryFields(props(['MA', ['14755']], ['TEN', ['Xã A']]), 'commune')).toMatchObject({ codeField: 'MA', nameField: 'TEN' });
    expect(guessBoundaryFields(props(['Mã tỉnh', ['38']], ['Name', ['Xã A']]), 'commune')).toMatchObject({ codeField: undefined, nameField: 'Name' });
  });
});
