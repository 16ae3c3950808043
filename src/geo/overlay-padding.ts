/**
 * The padding that frames an area in the part of the map its overlays (legend, titles, cards) leave free. Each
 * overlay is taken off one side of the map; the sides are chosen together so that the area is drawn as large as it
 * can be (a tall legend on a phone is taken off the bottom, not the left, when the area is tall). Pure: the camera
 * (src/map/camera.ts) measures the overlays and the map, this chooses.
 */

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** An overlay's box in px from the map's top-left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Side = keyof Padding;
const SIDES: readonly Side[] = ['left', 'right', 'top', 'bottom'];

/** Beyond this many overlays each one takes the side it takes least from (the choice is tried in full below it). */
const MAX_COMBINED = 6;

/** Web Mercator y of a latitude (radians; only ratios matter). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

/** The area's width and height on the map at one common scale ([west, south, east, north] in degrees). */
export function projectedSize(box: readonly number[]): { width: number; height: number } {
  const width = Math.max(((box[2] - box[0]) * Math.PI) / 180, 1e-9);
  const height = Math.max(mercatorY(box[3]) - mercatorY(box[1]), 1e-9);
  return { width, height };
}

/**
 * Padding for a map `width` × `height` px with `overlays` on it: `base` on every side, and each overlay cleared by
 * `gap` on the side chosen. `area`: the framed area's size (projectedSize), to choose the sides that draw it largest.
 * A map too small for its overlays is framed on the whole of it (`base` only) rather than not at all.
 */
export function paddingClearOf(
  size: { width: number; height: number },
  overlays: readonly Rect[],
  base: number,
  gap: number,
  area: { width: number; height: number },
): Padding {
  const { width: W, height: H } = size;
  const inside = overlays
    .map((r) => ({ left: Math.max(r.left, 0), right: Math.min(r.right, W), top: Math.max(r.top, 0), bottom: Math.min(r.bottom, H) }))
    .filter((r) => r.right > r.left && r.bottom > r.top);
  // The padding each side would need for each overlay.
  const needs = inside.map((r): Record<Side, number> => ({
    left: r.right + gap,
    right: W - r.left + gap,
    top: r.bottom + gap,
    bottom: H - r.top + gap,
  }));
  const plain: Padding = { top: base, bottom: base, left: base, right: base };
  const scaleOf = (p: Padding) => {
    const freeW = W - p.left - p.right;
    const freeH = H - p.top - p.bottom;
    if (freeW < W * 0.15 || freeH < H * 0.15) return -1;
    return Math.min(freeW / area.width, freeH / area.height);
  };
  const withSide = (p: Padding, need: Record<Side, number>, side: Side): Padding => ({ ...p, [side]: Math.max(p[side], need[side]) });
  let best: { padding: Padding; scale: number; total: number } | null = null;
  const consider = (p: Padding) => {
    const scale = scaleOf(p);
    if (scale < 0) return;
    const total = p.left + p.right + p.top + p.bottom;
    // Equal scales (the area is limited by the other direction): the least padding, so the area stays centred.
    if (!best || scale > best.scale + 1e-9 || (Math.abs(scale - best.scale) <= 1e-9 && total < best.total)) best = { padding: p, scale, total };
  };
  if (needs.length <= MAX_COMBINED) {
    const walk = (i: number, p: Padding) => {
      if (i === needs.length) return consider(p);
      for (const side of SIDES) walk(i + 1, withSide(p, needs[i], side));
    };
    walk(0, plain);
  } else {
    const fraction = (need: Record<Side, number>, side: Side) => need[side] / (side === 'left' || side === 'right' ? W : H);
    consider(
      needs.reduce(
        (p, need) =>
          withSide(
            p,
            need,
            SIDES.reduce((a, b) => (fraction(need, b) < fraction(need, a) ? b : a)),
          ),
        plain,
      ),
    );
  }
  return best ? (best as { padding: Padding }).padding : plain;
}

/**
 * Whether an area drawn at `area` (px from the map's top-left corner) is still clear of the overlays: inside the map
 * less `base` on every side and `gap` away from each overlay on the map (1 px of rounding allowed). The camera keeps
 * such an area where it is when an overlay changes (a shorter legend) rather than moving the map at every view switch.
 */
export function isClearOf(area: Rect, size: { width: number; height: number }, overlays: readonly Rect[], base: number, gap: number): boolean {
  const slack = 1;
  if (area.left < base - slack || area.top < base - slack || area.right > size.width - base + slack || area.bottom > size.height - base + slack) return false;
  return overlays.every(
    (r) =>
      r.right <= 0 ||
      r.left >= size.width ||
      r.bottom <= 0 ||
      r.top >= size.height ||
      area.right <= r.left - gap + slack ||
      area.left >= r.right + gap - slack ||
      area.bottom <= r.top - gap + slack ||
      area.top >= r.bottom + gap - slack,
  );
}
