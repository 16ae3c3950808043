/**
 * Colours for numeric choropleths (issue 15 §2): a ColorBrewer sequential scheme from d3-scale-chromatic, one
 * colour per class, mapped with a d3 scaleThreshold on the classification's thresholds; legend rows carry the
 * class bounds and counts. "No data" stays the hatched grey of the level palette.
 */
import { scaleThreshold } from 'd3-scale';
import { schemeBlues, schemeGreens, schemeOranges, schemePurples } from 'd3-scale-chromatic';
import type { Classification } from '../domain/classify';
import { NO_DATA_FILL } from './level-colours';

export const SEQUENTIAL_SCHEMES = { blues: schemeBlues, greens: schemeGreens, oranges: schemeOranges, purples: schemePurples } as const;
export type SequentialScheme = keyof typeof SEQUENTIAL_SCHEMES;

/** n colours, light to dark (ColorBrewer schemes have 3–9; fewer classes take the darker end of the 3-colour one). */
export function sequentialColours(n: number, scheme: SequentialScheme = 'blues'): string[] {
  const schemes = SEQUENTIAL_SCHEMES[scheme];
  if (n <= 0) return [];
  if (n < 3) return [...schemes[3]].slice(3 - n);
  return [...schemes[Math.min(n, 9)]];
}

/** value → colour (null → no-data grey). */
export function choroplethColour(c: Classification, scheme: SequentialScheme = 'blues'): (value: number | null) => string {
  const colours = sequentialColours(c.classes.length, scheme);
  const scale = scaleThreshold<number, string>().domain(c.thresholds).range(colours);
  return (value) => (value === null || !Number.isFinite(value) ? NO_DATA_FILL : scale(value));
}

export interface ChoroplethLegendRow {
  key: string;
  colour: string;
  /** Bounds of the values in the class (equal for a unique-value class). */
  min: number | null;
  max: number | null;
  label: string;
  count: number;
}

/**
 * Legend rows: one per class ("3", "4–7"), then no data. `counts` (e.g. from legend-counts, following the filters)
 * replaces the class counts when given: index → count, and 'no-data'.
 */
export function choroplethLegend(
  c: Classification,
  noData: { label: string; count: number },
  options: { scheme?: SequentialScheme; format?: (n: number) => string; counts?: Map<string, number> } = {},
): ChoroplethLegendRow[] {
  const format = options.format ?? ((n: number) => String(n));
  const colours = sequentialColours(c.classes.length, options.scheme);
  const rows: ChoroplethLegendRow[] = c.classes.map((cls, i) => ({
    key: `class:${i}`,
    colour: colours[i],
    min: cls.min,
    max: cls.max,
    label: cls.min === cls.max ? format(cls.min) : `${format(cls.min)}–${format(cls.max)}`,
    count: options.counts ? (options.counts.get(`class:${i}`) ?? 0) : cls.count,
  }));
  rows.push({
    key: 'no-data',
    colour: NO_DATA_FILL,
    min: null,
    max: null,
    label: noData.label,
    count: options.counts ? (options.counts.get('no-data') ?? 0) : noData.count,
  });
  return rows;
}
