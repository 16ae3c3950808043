/**
 * NTM recognition levels. "no-data" is a state of its own: it means the plan is silent,
 * which is different from "none" (the plan states the unit has not reached NTM).
 */
export const RECOGNITION_LEVELS = ['none', 'ntm', 'ntm-advanced', 'ntm-model', 'task-completed'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];
export type LevelState = RecognitionLevel | 'no-data';

/** Levels a commune or rural district can reach, in order. */
const RANK: Record<RecognitionLevel, number> = {
  none: 0,
  ntm: 1,
  // "hoàn thành nhiệm vụ xây dựng NTM" is the district-level town/city counterpart of "đạt chuẩn NTM".
  'task-completed': 1,
  'ntm-advanced': 2,
  'ntm-model': 3,
};

export function levelRank(level: LevelState): number {
  return level === 'no-data' ? -1 : RANK[level];
}

export function compareLevels(a: LevelState, b: LevelState): number {
  return levelRank(a) - levelRank(b);
}

export function highestLevel(levels: readonly LevelState[]): LevelState {
  let best: LevelState = 'no-data';
  for (const l of levels) if (compareLevels(l, best) > 0) best = l;
  return best;
}

export function isRecognitionLevel(value: unknown): value is RecognitionLevel {
  return typeof value === 'string' && (RECOGNITION_LEVELS as readonly string[]).includes(value);
}

/** Levels shown in legends, lowest first. */
export const LEGEND_LEVELS: readonly LevelState[] = ['no-data', 'none', 'ntm', 'task-completed', 'ntm-advanced', 'ntm-model'];
