/** The two interface languages have the same messages with the same placeholders. */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import enText from '../../src/i18n/en.json?raw';
import vi from '../../src/i18n/vi.json';
import viText from '../../src/i18n/vi.json?raw';
import { addMessages, createTranslator, languageLoaded, loadLanguage, type MessageKey } from '../../src/i18n/i18n';

/** Keys written more than once in a JSON object's text (JSON.parse keeps the last silently). */
const repeatedKeys = (text: string) => {
  const keys = [...text.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
  return keys.filter((k, i) => keys.indexOf(k) !== i);
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n files', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('write each key once (a repeated key silently replaces the first message)', () => {
    expect(repeatedKeys(viText)).toEqual([]);
    expect(repeatedKeys(enText)).toEqual([]);
    expect(repeatedKeys('{\n  "a": "1",\n  "b": "2",\n  "a": "3"\n}')).toEqual(['a']);
  });

  it('use the same placeholders in both languages', () => {
    const differ = Object.keys(vi).filter(
      (k) => JSON.stringify(placeholders((vi as Record<string, string>)[k])) !== JSON.stringify(placeholders((en as Record<string, string>)[k] ?? '')),
    );
    expect(differ).toEqual([]);
  });

  it('are NFC (no decomposed Vietnamese letters)', () => {
    const nfd = Object.entries(vi)
      .filter(([, v]) => v !== v.normalize('NFC'))
      .map(([k]) => k);
    expect(nfd).toEqual([]);
  });
});

describe('loading a language', () => {
  it('has Vietnamese at once and English only after loadLanguage (fetched on demand in the app)', async () => {
    expect(createTranslator('vi')('app.loading')).toBe(vi['app.loading']);
    expect(languageLoaded('en')).toBe(false);
    expect(() => createTranslator('en')).toThrow(/not loaded/);
    const a = loadLanguage('en');
    expect(loadLanguage('en')).toBe(a);
    await a;
    expect(languageLoaded('en')).toBe(true);
    expect(createTranslator('en')('app.loading')).toBe(en['app.loading']);
    expect(en['app.loading']).not.toBe(vi['app.loading']);
  });
});

describe("messages added later (a lazily loaded module's own in the build, issue 19)", () => {
  it('are seen by a translator made before them; a key no dictionary has is given back as it is', () => {
    const t = createTranslator('vi');
    const key = 'zz.addedLater' as MessageKey;
    expect(t(key)).toBe('zz.addedLater');
    addMessages('vi', { 'zz.addedLater': 'Thêm sau {n}' });
    expect(t(key, { n: 2 })).toBe('Thêm sau 2');
  });
});
