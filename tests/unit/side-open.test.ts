/** The side column's fold (src/components/use-side-open.ts): the user's choice holds in the layout it was made in only. */
import { describe, expect, it } from 'vitest';
import { sideOpen } from '../../src/components/use-side-open';

describe('side column open', () => {
  it('defaults to open on a screen, closed on a phone', () => {
    expect(sideOpen(false, null)).toBe(true);
    expect(sideOpen(true, null)).toBe(false);
  });

  it('keeps a choice in its layout, and not once the layout changes (the phone sheet closed, then a wide window)', () => {
    expect(sideOpen(true, { phone: true, open: true })).toBe(true);
    expect(sideOpen(false, { phone: false, open: false })).toBe(false);
    expect(sideOpen(false, { phone: true, open: false })).toBe(true);
    expect(sideOpen(true, { phone: false, open: true })).toBe(false);
  });
});
