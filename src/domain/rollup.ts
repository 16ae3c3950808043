/**
 * Counts that hold in old and new units alike: every commune counted once, whichever units it is viewed in.
 */
import type { NewCommuneSummary } from './crosswalk';
import { highestLevel, LEGEND_LEVELS, type LevelState } from './levels';
import type { ProvinceModel } from './model';
import type { RearrangedModel } from './rearranged';

export type LevelCounts = Record<LevelState, number>;

export function emptyCounts(): LevelCounts {
  return Object.fromEntries(LEGEND_LEVELS.map((l) => [l, 0])) as LevelCounts;
}

/** Each commune's best stated level, each commune once (several status rows for one commune count once). */
export function communeLevels(model: ProvinceModel): Map<string, LevelState> {
  const out = new Map<string, LevelState>(model.communes.map((c) => [c.code, 'no-data' as LevelState]));
  for (const s of model.statuses) {
    const code = s.resolved.code;
    if (!code || !out.has(code)) continue;
    out.set(code, highestLevel([out.get(code)!, s.level]));
  }
  return out;
}

export function countLevels(levels: Iterable<LevelState>): LevelCounts {
  const counts = emptyCounts();
  for (const l of levels) counts[l] += 1;
  return counts;
}

export interface Rollup {
  units: number;
  counts: LevelCounts;
  /** Units formed by merging whose level must be established again (rearranged units), or new communes (2025). */
  awaitingRecognition: number;
}

/** Communes of the plan's own units. */
export function rollupPlan(model: ProvinceModel): Rollup {
  const levels = communeLevels(model);
  return { units: levels.size, counts: countLevels(levels.values()), awaitingRecognition: 0 };
}

/** Communes after the rearrangement: merged communes count once, as awaiting recognition (their predecessors' levels are not theirs). */
export function rollupRearranged(model: RearrangedModel): Rollup {
  const levels = communeLevels(model);
  let awaiting = 0;
  for (const code of levels.keys()) if (model.mergedFrom.has(code)) awaiting += 1;
  return { units: levels.size, counts: countLevels(levels.values()), awaitingRecognition: awaiting };
}

/** New communes (from 01/07/2025) by their summary: "all predecessors at level L" counts under L; the rest under no data. */
export function rollupNewCommunes(summaries: readonly NewCommuneSummary[]): Rollup & { predecessors: number } {
  const counts = emptyCounts();
  for (const s of summaries) counts[s.summary.kind === 'all-at-level' ? s.summary.level : 'no-data'] += 1;
  return {
    units: summaries.length,
    counts,
    awaitingRecognition: summaries.length,
    // Distinct communes: one split between two new communes is still one commune.
    predecessors: new Set(summaries.flatMap((s) => s.predecessors.map((p) => p.code))).size,
  };
}
