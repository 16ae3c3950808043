/** The two interface languages have the same messages with the same placeholders. */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import vi from '../../src/i18n/vi.json';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n files', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
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
