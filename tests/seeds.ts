/**
 * The five plan documents (../shared/seeds, or NTM_SEEDS_DIR) are not part of the repository. The checks that
 * read them (quotes verbatim, totals printed in the text) run where they are present and are reported as
 * skipped, with the reason, on a bare clone. Every other test runs everywhere.
 */
import { existsSync } from 'node:fs';
import { it } from 'vitest';
import { seedsDir } from '../scripts/lib/paths';

export const seeds = seedsDir();
export const haveSeeds = existsSync(seeds);
export const SEEDS_MISSING = `the plan documents are not at ${seeds} (../shared/seeds beside the repository, or NTM_SEEDS_DIR)`;

if (!haveSeeds) console.warn(`Skipping the checks that read the plan documents: ${SEEDS_MISSING}.`);

/** A test that reads the plan documents: runs where they are, else is skipped with the reason in its name. */
export function itWithSeeds(name: string, fn: () => void | Promise<void>, timeout?: number): void {
  if (haveSeeds) it(name, fn, timeout);
  else it.skip(`${name} — skipped: ${SEEDS_MISSING}`, fn);
}
