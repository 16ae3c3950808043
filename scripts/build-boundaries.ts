/**
 * Build step (part of `npm run generate`): the committed boundaries in data/boundaries/ → the files the app
 * serves under public/generated/. Reads nothing outside the repository; rebuilding data/boundaries from the raw
 * sources is `npm run boundaries:rebuild` (scripts/rebuild-boundaries.ts).
 *
 *   data/boundaries/dvhcvn/districts/<code>.topo.json → generated/boundaries/<code>.topo.json
 *   data/boundaries/dvhcvn/{provinces.json,national.topo.json} → generated/
 *   data/boundaries/2025/** → generated/2025/**
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { committedBoundariesDir, generatedDir } from './lib/paths';

const COPIES: [from: string, to: string][] = [
  ['dvhcvn/districts', 'boundaries'],
  ['dvhcvn/provinces.json', 'provinces.json'],
  ['dvhcvn/national.topo.json', 'national.topo.json'],
  ['2025', '2025'],
];

function main(): void {
  for (const [from] of COPIES) {
    if (!existsSync(join(committedBoundariesDir, from))) {
      throw new Error(
        `data/boundaries/${from} is missing. It is committed with the repository; restore it with git, or rebuild it from the raw sources with npm run boundaries:rebuild.`,
      );
    }
  }
  mkdirSync(generatedDir, { recursive: true });
  for (const [from, to] of COPIES) {
    cpSync(join(committedBoundariesDir, from), join(generatedDir, to), { recursive: true, filter: (src) => !/\.md$|COPYING$|LICENSE$/.test(src) });
  }
  const provinces = readdirSync(join(generatedDir, 'boundaries')).length;
  const communes = readdirSync(join(generatedDir, '2025', 'communes')).length;
  console.log(`boundaries: ${provinces} provinces (districts), ${communes} provinces of 2025 (communes) → ${generatedDir}`);
}

try {
  main();
} catch (error) {
  console.error(`\nERROR (build-boundaries): ${(error as Error).message}\n`);
  process.exit(1);
}
