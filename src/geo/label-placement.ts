/**
 * Where map labels go on screen: each label is tried at its point and, if it would cover a label already placed
 * (or leave the view), beside it, in the order of its anchors; a label that fits nowhere is not shown. Labels
 * are placed in the order given, so the first ones win (districts before communes). Pure: screen boxes in,
 * positions out; the map adapter (src/map/label-overlay.ts) projects the points and measures the text.
 */
import RBush from 'rbush';

/** Where the text sits relative to its point, as in MapLibre's text-variable-anchor ('top': text below the point). */
export type Anchor = 'center' | 'top' | 'bottom' | 'left' | 'right';

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

export function labelBox(label: LabelToPlace, anchor: Anchor): Box {
  const { x, y, width: w, height: h, offset: d } = label;
  const [left, top] =
    anchor === 'center'
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
  for (const label of labels) {
    for (const anchor of label.anchors) {
      const box = labelBox(label, anchor);
      if (box.minX < 0 || box.minY < 0 || box.maxX > view.width || box.maxY > view.height) continue;
      const padded = { minX: box.minX - padding, minY: box.minY - padding, maxX: box.maxX + padding, maxY: box.maxY + padding };
      if (taken.collides(padded)) continue;
      taken.insert(box);
      placed.push({ id: label.id, anchor, left: box.minX, top: box.minY });
      break;
    }
  }
  return placed;
}
