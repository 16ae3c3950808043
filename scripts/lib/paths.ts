/** Paths shared by the build scripts. Everything is relative to the repository root unless overridden. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Output folder served by the app (git-ignored). */
export const generatedDir = resolve(repoRoot, process.env.NTM_GENERATED_DIR || join('public', 'generated'));

export const plansDir = resolve(repoRoot, 'data', 'plans');

/**
 * The simplified boundaries the app serves, committed (data/boundaries/README.md): `dvhcvn/` (districts before
 * 2025) and `2025/` (communes and provinces from 1 July 2025). `npm run generate` reads only these.
 */
export const committedBoundariesDir = resolve(repoRoot, 'data', 'boundaries');

/** Reads `--name value` from argv, then the environment variable, then the default. */
export function option(argv: readonly string[], name: string, envName: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  return process.env[envName] || fallback;
}

/** The raw district polygons (one <province_code>.json per province), used only to rebuild data/boundaries. */
export function boundariesSourceDir(argv: readonly string[]): string {
  return resolve(repoRoot, option(argv, 'source', 'NTM_BOUNDARIES_DIR', '../shared/boundaries/dvhcvn-gis'));
}

/** The raw national TopoJSON of the 2025 communes, used only to rebuild data/boundaries. */
export function communes2025SourceFile(argv: readonly string[]): string {
  return resolve(repoRoot, option(argv, 'source-2025', 'NTM_COMMUNES_2025', '../shared/boundaries/2025/communes-2025.topo.json'));
}

/** The five plan documents (../shared/seeds). Only the checks that quote them verbatim need them. */
export function seedsDir(): string {
  return resolve(repoRoot, process.env.NTM_SEEDS_DIR || '../shared/seeds');
}

export function requireDir(path: string, what: string, hint: string): void {
  if (!existsSync(path)) {
    throw new Error(`${what} not found at ${path}.\n${hint}`);
  }
}
