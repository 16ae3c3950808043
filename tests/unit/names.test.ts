import { describe, expect, it } from 'vitest';
import { accentKey, cleanName, compactKey, compareVi, editDistance, nameKey, slugify } from '../../src/domain/names';

describe('Vietnamese name keys', () => {
  it('sorts names in Vietnamese alphabetical order (Ă, Â after A; Đ after D)', () => {
    expect(['Yên Định', 'Đông Sơn', 'Ân Thi', 'Bá Thước', 'Dương Kinh', 'An Lão'].sort(compareVi)).toEqual([
      'An Lão',
      'Ân Thi',
      'Bá Thước',
      'Dương Kinh',
      'Đông Sơn',
      'Yên Định',
    ]);
  });

  it('treats prefix, case, diacritics and NFC/NFD alike', () => {
    const variants = ['Xã Khánh Phú', 'khanh phu', 'KHÁNH PHÚ', 'xa khanh phu', 'Xã Khánh Phú'.normalize('NFD'), '  Xã   Khánh  Phú '];
    for (const v of variants) expect(nameKey(v)).toBe('khanh phu');
  });

  it('strips district-level prefixes and abbreviations', () => {
    expect(nameKey('TP Thanh Hóa')).toBe('thanh hoa');
    expect(nameKey('Tp. Sầm Sơn')).toBe('sam son');
    expect(nameKey('TX. Bim Sơn')).toBe('bim son');
    expect(nameKey('Thị xã Nghi Sơn')).toBe('nghi son');
    expect(nameKey('Huyện Yên Mô')).toBe('yen mo');
    expect(nameKey('Thành phố Tam Điệp')).toBe('tam diep');
  });

  it('keeps names that only look like a prefix', () => {
    expect(nameKey('Quan Sơn')).toBe('quan son');
    expect(nameKey('Huyện Quan Hóa')).toBe('quan hoa');
    expect(nameKey('Xã Ba')).toBe('ba');
    expect(nameKey('Quế Xuân 1')).toBe('que xuan 1');
  });

  it('accentKey ignores tone placement but keeps different tones apart', () => {
    expect(accentKey('Xã Hòa Sơn')).toBe(accentKey('Hoà Sơn'));
    expect(accentKey('Hòa Sơn'.normalize('NFD'))).toBe(accentKey('Hòa Sơn'));
    expect(accentKey('Tam Thanh')).not.toBe(accentKey('Tam Thạnh'));
    expect(accentKey('Tam Thanh')).not.toBe(accentKey('Tam Thành'));
    expect(accentKey('Tam Đàn')).not.toBe(accentKey('Tam Dân'));
    expect(nameKey('Tam Đàn')).toBe(nameKey('Tam Dân'));
  });

  it('compactKey joins spaced and doubled-letter spellings of minority names', () => {
    expect(compactKey('Bhalê')).toBe(compactKey('Xã Bha Lê'));
    expect(compactKey('Axan')).toBe(compactKey('A Xan'));
    expect(compactKey('La Dêê')).toBe(compactKey('La Dê'));
    expect(compactKey('Tà Bhing')).not.toBe(compactKey('Tà Bhinh'));
  });

  it('edit distance and slugs', () => {
    expect(editDistance('tabhing', 'tabhinh')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(slugify('Tỉnh Ninh Bình')).toBe('ninh-binh');
    expect(slugify('Tỉnh Quảng Nam')).toBe('quang-nam');
    expect(slugify('Thành phố Hà Nội')).toBe('ha-noi');
    expect(cleanName('Khánh Phú'.normalize('NFD'))).toBe('Khánh Phú'.normalize('NFC'));
  });
});
