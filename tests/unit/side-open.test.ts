/** The side column's fold (src/components/use-side-open.ts) across a window shrunk to a phone and widened again. */
import { describe, expect, it } from 'vitest';
import { initialSide, sideOnLayout, sideOnToggle } from '../../src/components/use-side-open';

describe('side column open', () => {
  it('starts open on a screen, closed on a phone', () => {
    expect(initialSide(false).open).toBe(true);
    expect(initialSide(true).open).toBe(false);
  });

  it('stays as it was on shrinking to a phone; a sheet closed there does not fold the wide screen’s column', () => {
    const wide = initialSide(false);
    const phone = sideOnLayout(wide, true);
    expect(phone.open).toBe(true);
    const closed = sideOnToggle(phone);
    expect(closed.open).toBe(false);
    expect(sideOnLayout(closed, false).open).toBe(true);
    // Opened on a phone: the wide screen opens it too.
    expect(sideOnLayout(initialSide(true), false).open).toBe(true);
  });

  it('keeps a fold the user made on the wide screen', () => {
    const folded = sideOnToggle(initialSide(false));
    expect(folded.open).toBe(false);
    const back = sideOnLayout(sideOnToggle(sideOnLayout(folded, true)), false);
    expect(back.open).toBe(false);
    expect(sideOnLayout(folded, false)).toBe(folded);
  });
});
