/**
 * What the loaded page keeps (issue 19, JS heap after load): a province's geometry once (GeoJSON sharing the
 * topology's positions), parsed files with their strings intact, 2025-commune summaries made once per model and
 * history with each old district's targets shared by its communes.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { withAbsoluteArcs, districtFeatures } from '../../src/geo/topology';
import { shareStrings } from '../../src/data/share-strings';
import { newCommuneSummaries } from '../../src/domain/crosswalk';
import { fixtureHistory, fixtureModel } from '../fixtures/plan-2025';

/** Two districts sharing the arc 0 (quantized, delta-encoded), and a point. */
const quantized = (): Topology =>
  ({
    type: 'Topology',
    bbox: [105, 20, 105.3, 20.2],
    transform: { scale: [0.001, 0.001], translate: [105, 20] },
    objects: {
      districts: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { code: '1', name: 'Huyện A', provinceCode: '9' } },
          { type: 'Polygon', arcs: [[2, ~0]], properties: { code: '2', name: 'Huyện B', provinceCode: '9' } },
        ],
      },
      marks: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [100, 200], properties: { code: 'p' } }] },
    },
    arcs: [
      [
        [100, 0],
        [0, 100],
        [0, 100],
      ],
      [
        [100, 200],
        [-100, 0],
        [0, -200],
        [100, 0],
      ],
      [
        [100, 0],
        [200, 0],
        [0, 200],
        [-200, 0],
      ],
    ],
  }) as unknown as Topology;

describe('withAbsoluteArcs', () => {
  it('gives the same GeoJSON as the quantized topology, and no transform', () => {
    const absolute = withAbsoluteArcs(quantized());
    expect(absolute.transform).toBeUndefined();
    expect(districtFeatures(absolute)).toEqual(districtFeatures(quantized()));
    const points = (t: Topology) => feature(t, t.objects.marks as GeometryCollection).features.map((f) => f.geometry);
    expect(points(absolute)).toEqual(points(quantized()));
    expect(points(absolute)[0]).toEqual({ type: 'Point', coordinates: [105.1, 20.2] });
  });

  it('lets the features share the positions of the arcs (a border is kept once, not once per district)', () => {
    const absolute = withAbsoluteArcs(quantized());
    const [a, b] = districtFeatures(absolute).features.map((f) => (f.geometry as Polygon).coordinates[0]);
    const border = absolute.arcs[0][1];
    expect(a).toContain(border);
    expect(b).toContain(border);
    // The quantized topology gives each district its own copy.
    const [qa, qb] = districtFeatures(quantized()).features.map((f) => (f.geometry as Polygon | MultiPolygon).coordinates[0]);
    expect(qa.some((p) => (qb as unknown[]).includes(p))).toBe(false);
  });

  it('leaves a topology without a transform as it is', () => {
    const absolute = withAbsoluteArcs(quantized());
    expect(withAbsoluteArcs(absolute)).toBe(absolute);
  });
});

describe('shareStrings', () => {
  it('returns the same value, unchanged, nested arrays and objects included', () => {
    const parsed = JSON.parse('{"a":[{"tier":"commune","basis":"NQ 202"},{"tier":"commune","basis":"NQ 202","n":[1,"x",null]}],"b":"commune"}');
    const copy = structuredClone(parsed);
    expect(shareStrings(parsed)).toBe(parsed);
    expect(parsed).toEqual(copy);
  });
});

describe('newCommuneSummaries', () => {
  it('is made once per model and history (the panels and the 2025 province share it)', () => {
    const model = fixtureModel();
    const history = fixtureHistory();
    expect(newCommuneSummaries(model, history)).toBe(newCommuneSummaries(model, history));
    // Another model (the office's edits applied) or another history: made again.
    expect(newCommuneSummaries({ ...model }, history)).not.toBe(newCommuneSummaries(model, history));
    expect(newCommuneSummaries(model, { ...history })).not.toBe(newCommuneSummaries(model, history));
    expect(newCommuneSummaries({ ...model }, history)).toEqual(newCommuneSummaries(model, history));
  });

  it("shares an old district's targets among its communes", () => {
    const predecessors = newCommuneSummaries(fixtureModel(), fixtureHistory()).flatMap((s) => s.predecessors);
    const inDistrict = predecessors.filter((p) => p.districtCode === '900');
    expect(inDistrict.length).toBeGreaterThan(1);
    expect(inDistrict[0].districtTargets.length).toBeGreaterThan(0);
    for (const p of inDistrict) expect(p.districtTargets).toBe(inDistrict[0].districtTargets);
  });
});
