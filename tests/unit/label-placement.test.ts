import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelToPlace } from '../../src/geo/label-placement';

const ALL = ['center', 'top', 'bottom', 'left', 'right'] as const;
const label = (id: string, x: number, y: number, width = 60, height = 16, anchors: LabelToPlace['anchors'] = ALL): LabelToPlace => ({
  id,
  x,
  y,
  width,
  height,
  anchors,
  offset: 8,
});
const view = { width: 400, height: 300 };

describe('placing map labels', () => {
  it('centres a label on its point when nothing is in the way', () => {
    expect(placeLabels([label('a', 100, 100)], view)).toEqual([{ id: 'a', anchor: 'center', left: 70, top: 92 }]);
  });

  it('keeps labels from under an obstacle (the islands inset): beside it, or not shown', () => {
    // The inset covers the point's right half: the label goes left of its point.
    const inset = { minX: 100, minY: 0, maxX: 400, maxY: 300 };
    expect(placeLabels([label('a', 100, 100)], view, 2, [inset])).toEqual([{ id: 'a', anchor: 'right', left: 32, top: 92 }]);
    // Covered on every side: not shown.
    expect(placeLabels([label('b', 100, 100)], view, 2, [{ minX: 0, minY: 0, maxX: 400, maxY: 300 }])).toEqual([]);
  });

  it('puts boxes on the side each anchor names, at the offset', () => {
    const l = label('a', 100, 100);
    expect(labelBox(l, 'top')).toEqual({ minX: 70, minY: 108, maxX: 130, maxY: 124 });
    expect(labelBox(l, 'bottom')).toEqual({ minX: 70, minY: 76, maxX: 130, maxY: 92 });
    expect(labelBox(l, 'left')).toEqual({ minX: 108, minY: 92, maxX: 168, maxY: 108 });
    expect(labelBox(l, 'right')).toEqual({ minX: 32, minY: 92, maxX: 92, maxY: 108 });
  });

  it('moves a label that would cover an earlier one beside its point (a district around a city)', () => {
    const placed = placeLabels([label('city', 100, 100), label('around', 104, 104)], view);
    expect(placed.map((p) => [p.id, p.anchor])).toEqual([
      ['city', 'center'],
      ['around', 'top'],
    ]);
    // No two placed boxes overlap.
    const [a, b] = placed;
    expect(a.top + 16 <= b.top || b.top + 16 <= a.top || a.left + 60 <= b.left || b.left + 60 <= a.left).toBe(true);
  });

  it('drops a label that fits nowhere, and the earlier label keeps its place (order is priority)', () => {
    const crowd = [label('first', 100, 100, 60, 16, ['center']), label('second', 101, 101, 60, 16, ['center'])];
    expect(placeLabels(crowd, view).map((p) => p.id)).toEqual(['first']);
    expect(placeLabels([...crowd].reverse(), view).map((p) => p.id)).toEqual(['second']);
  });

  it('puts the diagonal anchors corner to the point, along the diagonal', () => {
    const l = label('a', 100, 100);
    const c = 8 * Math.SQRT1_2;
    expect(labelBox(l, 'top-left')).toEqual({ minX: 100 + c, minY: 100 + c, maxX: 160 + c, maxY: 116 + c });
    expect(labelBox(l, 'bottom-right')).toEqual({ minX: 40 - c, minY: 84 - c, maxX: 100 - c, maxY: 100 - c });
  });

  it('tries every side again further out only when none fits at the offset (a crowded delta at national zoom)', () => {
    // One box covers every place at 8 px from the point (all sides, the diagonals), but not 30 px below it.
    const around = [{ minX: 30, minY: 72, maxX: 172, maxY: 126 }];
    const far: LabelToPlace = { ...label('a', 100, 100, 60, 16, [...ALL, 'top-left', 'top-right', 'bottom-left', 'bottom-right']), fartherOffsets: [30] };
    expect(placeLabels([{ ...far, fartherOffsets: undefined }], view, 2, around)).toEqual([]);
    const placed = placeLabels([far], view, 2, around);
    expect(placed).toHaveLength(1);
    // Not centred again at the farther offset, and its box clear of the obstacles.
    expect(placed[0].anchor).not.toBe('center');
    const box = labelBox(far, placed[0].anchor, 30);
    expect(box.minX).toBe(placed[0].left);
    for (const o of around) expect(box.maxX < o.minX || box.minX > o.maxX || box.maxY < o.minY || box.minY > o.maxY).toBe(true);
  });

  it('never lets a label moved further out take the place of a later label that fits at its own point', () => {
    const around = [{ minX: 30, minY: 72, maxX: 172, maxY: 126 }];
    const far: LabelToPlace = { ...label('a', 100, 100, 60, 16, [...ALL, 'top-left', 'top-right', 'bottom-left', 'bottom-right']), fartherOffsets: [30] };
    // b's own centre is exactly where a would go 30 px below its point.
    const placed = placeLabels([far, label('b', 100, 138)], view, 2, around);
    expect(placed.find((p) => p.id === 'b')).toEqual({ id: 'b', anchor: 'center', left: 70, top: 130 });
  });

  it('keeps labels inside the view, beside the point when the centre would cross the edge', () => {
    expect(placeLabels([label('edge', 20, 100)], view)).toEqual([{ id: 'edge', anchor: 'left', left: 28, top: 92 }]);
    expect(placeLabels([label('out', -50, 100)], view)).toEqual([]);
  });

  it('places a thousand scattered labels without overlaps', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many = Array.from({ length: 1000 }, (_, i) => label(String(i), random() * 1600, random() * 1000, 40 + random() * 60, 14));
    const placed = placeLabels(many, { width: 1600, height: 1000 });
    expect(placed.length).toBeGreaterThan(100);
    const boxes = placed.map((p) => {
      const l = many[Number(p.id)];
      return { x0: p.left, y0: p.top, x1: p.left + l.width, y1: p.top + l.height };
    });
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (!(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0)) overlapping.push(`${placed[i].id}/${placed[j].id}`);
      }
    expect(overlapping).toEqual([]);
  });
});
