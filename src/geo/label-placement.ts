/**
 * Where map labels go on screen: each label is tried at its point and, if it would cover a label already placed
 * (or leave the view), beside it, in the order of its anchors; a label that fits nowhere is not shown. Labels
 * are placed in the order given, so the first ones win (districts before communes). Those left out then try their
 * diagonal anchors and farther offsets, if they have any. Pure: screen boxes in,
 * positions out; the map adapter (src/map/label-overlay.ts) projects the points and measures the text.
 */
import RBush from 'rbush';

/** Where the text sits relative to its point, as in MapLibre's text-variable-anchor ('top': text below the point). */
export type Anchor = 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface LabelToPlace {
  id: string;
  /** The label point on screen (px). */
  x: number;
  y: number;
  /** The text's box (px). */
  width: number;
  height: number;
  /** Anchors tried in turn (the first that fits is used). */
  anchors: readonly Anchor[];
  /** Distance from the point for anchors other than 'center' (px). */
  offset: number;
  /** Further distances tried, every anchor again, once none fits at `offset` (px; national labels in a crowded delta). */
  fartherOffsets?: readonly number[];
}

export interface PlacedLabel {
  id: string;
  anchor: Anchor;
  /** Top-left corner of the text's box on screen (px). */
  left: number;
  top: number;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function labelBox(label: LabelToPlace, anchor: Anchor, offset = label.offset): Box {
  const { x, y, width: w, height: h } = label;
  const d = offset;
  // Diagonal anchors: the text's corner at the offset along the diagonal.
  const c = d * Math.SQRT1_2;
  const [left, top] =
    anchor === 'top-left'
      ? [x + c, y + c]
      : anchor === 'top-right'
        ? [x - c - w, y + c]
        : anchor === 'bottom-left'
          ? [x + c, y - c - h]
          : anchor === 'bottom-right'
            ? [x - c - w, y - c - h]
            : anchor === 'center'
              ? [x - w / 2, y - h / 2]
              : anchor === 'top'
                ? [x - w / 2, y + d]
                : anchor === 'bottom'
                  ? [x - w / 2, y - d - h]
                  : anchor === 'left'
                    ? [x + d, y - h / 2]
                    : [x - d - w, y - h / 2];
  return { minX: left, minY: top, maxX: left + w, maxY: top + h };
}

/**
 * Places labels in order inside a view of `width` × `height` px. `padding` keeps that much room between labels.
 * `obstacles`: boxes drawn over the map (the islands inset) that no label may go under.
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  view: { width: number; height: number },
  padding = 2,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken = new RBush<Box>();
  for (const obstacle of obstacles) taken.insert({ ...obstacle });
  const placed: PlacedLabel[] = [];
  const fits = (box: Box) =>
    box.minX >= 0 &&
    box.minY >= 0 &&
    box.maxX <= view.width &&
    box.maxY <= view.height &&
    !taken.collides({ minX: box.minX - padding, minY: box.minY - padding, maxX: box.maxX + padding, maxY: box.maxY + padding });
  const tryPlaces = (label: LabelToPlace, tries: readonly { anchor: Anchor; offset: number }[]): boolean => {
    for (const { anchor, offset } of tries) {
      const box = labelBox(label, anchor, offset);
      if (!fits(box)) continue;
      taken.insert(box);
      placed.push({ id: label.id, anchor, left: box.minX, top: box.minY });
      return true;
    }
    return false;
  };
  // First every label at its point or beside it (the straight anchors, at the offset), in order; then, for those
  // left out, the diagonals and the farther offsets — so a moved-out label never takes the place of a later one
  // that fits near its own point.
  const straight = (a: Anchor) => !a.includes('-');
  const leftOut = labels.filter(
    (label) =>
      !tryPlaces(
        label,
        label.anchors.filter(straight).map((anchor) => ({ anchor, offset: label.offset })),
      ),
  );
  for (const label of leftOut) {
    const tries = [
      ...label.anchors.filter((a) => !straight(a)).map((anchor) => ({ anchor, offset: label.offset })),
      ...(label.fartherOffsets ?? []).flatMap((offset) => label.anchors.filter((a) => a !== 'center').map((anchor) => ({ anchor, offset }))),
    ];
    if (tries.length > 0) tryPlaces(label, tries);
  }
  return placed;
}
