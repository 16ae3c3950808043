/** The shareable state in the URL (src/state/url.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARED, fromQuery, toQuery } from '../../src/state/url';

describe('shareable state in the URL', () => {
  it('round-trips and ignores malformed parts', () => {
    const state = {
      ...DEFAULT_SHARED,
      province: 'thanh-hoa',
      view: 'registration' as const,
      year: 2025,
      district: '406',
      levels: ['ntm' as const],
      registrationYear: 2024,
      agency: 'so cong thuong',
      asOf: '2024-11-30',
      language: 'en' as const,
      presenting: true,
    };
    expect(fromQuery(toQuery(state))).toEqual(state);
    expect(toQuery(DEFAULT_SHARED)).toBe('');
    expect(fromQuery('?view=bogus&year=20x4&district=<script>&levels=ntm,evil&asOf=30/11/2024')).toEqual({ ...DEFAULT_SHARED, levels: ['ntm'] });
  });
});
