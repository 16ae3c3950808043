/**
 * A boundary file's import as its worker runs it (pure; src/workers/boundary.worker.ts): the file is parsed and
 * checked once, then matched to the province's units, in the worker, with the fields guessed or chosen; only the
 * polygons that match are simplified for display and sent back to the page, with the report of the others (counts,
 * the first problem rows by name, the units left without a polygon). A file of a whole region (3,000 polygons of
 * which the province's 558 are drawn) thus never crosses to the page whole.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  guessBoundaryFields,
  matchBoundaryFeatures,
  type BoundaryFields,
  type BoundaryMatch,
  type BoundaryMatchRow,
  type UnitFeatureProps,
} from '../domain/boundary-match';
import type { UnitLookup, UnitSet } from '../domain/status-import';
import {
  checkPolygons,
  displayTolerance,
  forDisplay,
  parseBoundaryFile,
  propertySummary,
  vertexCount,
  type BoundaryFormat,
  type PolygonCheck,
} from './boundaries';

/** Problem rows sent with a match (the dialog lists this many; the rest are counted). */
export const PROBLEM_ROWS_SHOWN = 100;

/** What the file is, whatever the fields chosen. */
export interface BoundaryFileHead {
  format: BoundaryFormat;
  dropped: PolygonCheck['dropped'];
  properties: { key: string; samples: string[] }[];
  /** Polygons kept after the checks (those matched). */
  features: number;
}

/** A problem row as the dialog shows it (the unit it was taken for is left out). */
export type BoundaryProblem = Omit<BoundaryMatchRow, 'unit'>;

/** One match of the file with some fields: what the dialog reports and what the map draws. */
export interface BoundaryMatchResult {
  fields: BoundaryFields;
  counts: BoundaryMatch['counts'];
  /** The first PROBLEM_ROWS_SHOWN features not matched (ambiguous, not found, invalid, duplicate), in file order. */
  problems: BoundaryProblem[];
  /** All features not matched. */
  problemCount: number;
  /** Units of the tier with no polygon in the file. */
  missing: number;
  /** The matched polygons as drawn (simplified for display), keyed by unit code. */
  matched: FeatureCollection<Polygon | MultiPolygon, UnitFeatureProps>;
  /** Vertices of the matched polygons before and after simplification. */
  verticesBefore: number;
  verticesAfter: number;
}

export class BoundaryImportSession {
  private readonly drawn = new Map<number, Polygon | MultiPolygon>();

  private constructor(
    readonly head: BoundaryFileHead,
    private readonly features: PolygonCheck['features'],
    /** Chosen from the whole file's vertices, as when every polygon was simplified. */
    private readonly tolerance: number,
  ) {}

  /** Parses and checks the file (BoundaryFileError when it cannot be used). */
  static async open(name: string, data: ArrayBuffer): Promise<BoundaryImportSession> {
    const { format, features } = await parseBoundaryFile(name, data);
    const checked = checkPolygons(features);
    const vertices = checked.features.reduce((n, f) => n + vertexCount(f), 0);
    const head = { format, dropped: checked.dropped, properties: propertySummary(checked.features), features: checked.features.length };
    return new BoundaryImportSession(head, checked.features, displayTolerance(vertices));
  }

  /** Matches every polygon to `units` with `fields` (guessed from the file's properties when not given). */
  match(
    units: UnitSet,
    fields: BoundaryFields = guessBoundaryFields(this.head.properties, 'commune'),
    onProgress?: (done: number, total: number) => void,
    lookup?: UnitLookup,
  ): BoundaryMatchResult {
    let verticesBefore = 0;
    let verticesAfter = 0;
    const geometryOf = (i: number) => {
      verticesBefore += vertexCount(this.features[i]);
      let g = this.drawn.get(i);
      if (!g) {
        g = forDisplay(this.features[i], this.tolerance).geometry;
        this.drawn.set(i, g);
      }
      verticesAfter += vertexCount({ type: 'Feature', properties: {}, geometry: g });
      return g;
    };
    const match = matchBoundaryFeatures(units, this.features, fields, { geometryOf, onProgress, lookup });
    const problems = match.rows.filter((r) => r.outcome !== 'matched');
    return {
      fields,
      counts: match.counts,
      problems: problems.slice(0, PROBLEM_ROWS_SHOWN).map(({ index, label, outcome, reason }) => ({ index, label, outcome, reason })),
      problemCount: problems.length,
      missing: match.missing.length,
      matched: match.matched,
      verticesBefore,
      verticesAfter,
    };
  }
}
