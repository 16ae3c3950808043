/**
 * Framing clear of the overlays (src/geo/overlay-padding.ts): each overlay is taken off the side of the map that
 * leaves the framed area largest, so a tall province on a phone is framed above a tall legend, not squeezed beside it.
 */
import { describe, expect, it } from 'vitest';
import { isClearOf, paddingClearOf, projectedSize } from '../../src/geo/overlay-padding';

const phone = { width: 390, height: 751 };
/** The 2025 Khánh Hòa legend on a 390×844 phone: 273 px wide at the left, its lower 320 px. */
const phoneLegend = { left: 6, right: 279, top: 431, bottom: 751 };
/** Khánh Hòa (2025) on its mainland: taller than wide. */
const khanhHoa = projectedSize([108.33, 11.27, 109.47, 12.87]);

describe('padding clear of the overlays', () => {
  it('takes a phone’s tall legend off the bottom for a tall area (the old rule took it off the left: 69 px left to draw in)', () => {
    const p = paddingClearOf(phone, [phoneLegend], 30, 12, khanhHoa);
    expect(p.bottom).toBe(751 - 431 + 12);
    expect(p.left).toBe(30);
    expect(p.right).toBe(30);
    expect(p.top).toBe(30);
  });

  it('takes a legend off the left for a wide area on a wide map', () => {
    const wide = projectedSize([102, 20, 110, 21]);
    const p = paddingClearOf({ width: 1000, height: 700 }, [{ left: 12, right: 364, top: 300, bottom: 690 }], 20, 12, wide);
    // Off the bottom the area keeps the whole width (it is limited by the width): fewer pixels lost than off the left.
    expect(p.bottom).toBe(700 - 300 + 12);
    const tall = projectedSize([105, 10, 106, 20]);
    const q = paddingClearOf({ width: 1000, height: 700 }, [{ left: 12, right: 364, top: 300, bottom: 690 }], 20, 12, tall);
    expect(q.left).toBe(364 + 12);
    expect(q.bottom).toBe(20);
  });

  it('frames on the whole map when the overlays leave too little of it', () => {
    const p = paddingClearOf({ width: 300, height: 300 }, [{ left: 0, right: 300, top: 20, bottom: 300 }], 10, 12, khanhHoa);
    expect(p).toEqual({ top: 10, bottom: 10, left: 10, right: 10 });
  });

  it('ignores overlays outside the map, and keeps the base padding on free sides', () => {
    const p = paddingClearOf({ width: 800, height: 600 }, [{ left: 900, right: 1000, top: 0, bottom: 100 }], 24, 12, khanhHoa);
    expect(p).toEqual({ top: 24, bottom: 24, left: 24, right: 24 });
  });

  it('clears each of several overlays on a side of its own (legend bottom-left, title top, buttons top-right)', () => {
    const overlays = [
      { left: 12, right: 310, top: 8, bottom: 42 },
      { left: 350, right: 380, top: 10, bottom: 70 },
      { left: 6, right: 279, top: 670, bottom: 745 },
    ];
    const p = paddingClearOf(phone, overlays, 24, 12, khanhHoa);
    // Every overlay lies outside the framed part.
    const free = { left: p.left, right: phone.width - p.right, top: p.top, bottom: phone.height - p.bottom };
    for (const o of overlays) {
      const apart = o.right + 12 <= free.left || o.left - 12 >= free.right || o.bottom + 12 <= free.top || o.top - 12 >= free.bottom;
      expect(apart).toBe(true);
    }
  });
});

describe('an area still clear of the overlays (kept where it is)', () => {
  const map = { width: 1000, height: 700 };
  const legend = { left: 10, right: 260, top: 400, bottom: 690 };
  it('is clear when framed beside the legend and the legend gets shorter', () => {
    const p = paddingClearOf(map, [legend], 24, 12, { width: 1, height: 1 });
    // The area as fitted into the free part (a square of its height, centred in it).
    const h = map.height - p.top - p.bottom;
    const cx = (p.left + map.width - p.right) / 2;
    const area = { left: cx - h / 2, right: cx + h / 2, top: p.top, bottom: p.top + h };
    expect(isClearOf(area, map, [legend], 24, 12)).toBe(true);
    expect(isClearOf(area, map, [{ ...legend, top: 550 }], 24, 12)).toBe(true);
  });
  it('is not clear when the legend grows over it, within the gap, or when the area leaves the map’s margin', () => {
    const area = { left: 300, right: 700, top: 24, bottom: 676 };
    expect(isClearOf(area, map, [{ ...legend, right: 320 }], 24, 12)).toBe(false);
    expect(isClearOf(area, map, [{ ...legend, right: 295 }], 24, 12)).toBe(false);
    expect(isClearOf(area, map, [{ ...legend, right: 288 }], 24, 12)).toBe(true);
    expect(isClearOf({ ...area, top: 10 }, map, [], 24, 12)).toBe(false);
    expect(isClearOf({ ...area, right: 990 }, map, [], 24, 12)).toBe(false);
  });
  it('ignores overlays off the map', () => {
    const area = { left: 24, right: 976, top: 24, bottom: 676 };
    expect(isClearOf(area, map, [{ left: 1000, right: 1200, top: 0, bottom: 100 }], 24, 12)).toBe(true);
  });
});
