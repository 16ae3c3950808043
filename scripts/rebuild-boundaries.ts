/**
 * Rebuilds the committed boundaries (data/boundaries/) from the raw sources, or checks that they match them.
 *
 *   npm run boundaries:rebuild                          # from ../shared/boundaries (default)
 *   npm run boundaries:rebuild -- --source <dvhcvn-gis dir> --source-2025 <communes-2025.topo.json>
 *   npm run boundaries:check                            # rebuild in a temporary folder and compare, byte for byte
 *
 * Writes data/boundaries/dvhcvn/{provinces.json,national.topo.json,districts/<code>.topo.json} and
 * data/boundaries/2025/{index.json,communes.topo.json,provinces.topo.json,communes/<code>.topo.json}.
 * The licence notices in those folders are written by hand and left alone. Output is deterministic.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBoundaryFiles, compareTrees, writeTree } from './lib/boundary-files';
import { boundariesSourceDir, committedBoundariesDir, communes2025SourceFile } from './lib/paths';

function main(): void {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const files = buildBoundaryFiles(boundariesSourceDir(argv), communes2025SourceFile(argv));
  if (!check) {
    writeTree(committedBoundariesDir, files);
    console.log(`boundaries:rebuild: ${files.size} files written to ${committedBoundariesDir}`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ntm-boundaries-'));
  try {
    writeTree(dir, files);
    const drift = compareTrees(committedBoundariesDir, dir, [...files.keys()]);
    if (drift.length) {
      console.error(
        `boundaries:check: data/boundaries differs from a rebuild of the sources:\n  ${drift.join('\n  ')}\nRun npm run boundaries:rebuild and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`boundaries:check: the ${files.size} committed files match a rebuild from the sources`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`\nERROR (boundaries:rebuild): ${(error as Error).message}\n`);
  process.exit(1);
}
