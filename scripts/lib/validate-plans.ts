/**
 * Validation of data/plans/*.json: JSON Schema, unique ids, and every source quote found verbatim
 * (whitespace-insensitive) in the seed document it cites.
 */
import Ajv2020 from 'ajv/dist/2020';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanFile } from '../../src/domain/plan';
import { plansDir, repoRoot, seedsDir } from './paths';

export interface PlanProblem {
  file: string;
  message: string;
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function planRecords(plan: PlanFile) {
  return [...plan.statuses, ...plan.registrations, ...plan.targets, ...plan.tasks, ...plan.agencyAssignments, ...plan.budget, ...(plan.facts ?? [])];
}

/** `seeds`: the folder of plan documents, or null to check schema and ids only (where the documents are absent). */
export function validatePlanFile(file: string, plan: unknown, seeds: string | null = seedsDir()): PlanProblem[] {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'data/schema/plan.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  if (!validate(plan)) {
    return (validate.errors ?? []).map((e) => ({ file, message: `${e.instancePath || '/'} ${e.message}` }));
  }
  const p = plan as PlanFile;
  const problems: PlanProblem[] = [];
  if (file !== `${p.province.slug}.json`) problems.push({ file, message: `file name should be ${p.province.slug}.json` });
  for (const r of [...p.targets.flatMap((x) => [x.planned, x.cumulative?.value]), ...(p.facts ?? []).map((x) => x.value)]) {
    if (r !== undefined && typeof r === 'object' && r.min >= r.max) problems.push({ file, message: `range ${r.min}–${r.max}: min must be below max` });
  }
  const seen = new Set<string>();
  for (const r of planRecords(p)) {
    if (seen.has(r.id)) problems.push({ file, message: `duplicate id ${r.id}` });
    seen.add(r.id);
  }
  if (seeds === null) return problems;
  const seedPath = join(seeds, p.document.file);
  if (!existsSync(seedPath)) {
    problems.push({ file, message: `seed document ${seedPath} not found (set NTM_SEEDS_DIR)` });
    return problems;
  }
  const text = squash(readFileSync(seedPath, 'utf8'));
  const deadlineSources = p.registrations.flatMap((r) => r.deadlines.flatMap((d) => (d.source ? [{ id: `${r.id} deadline`, source: d.source }] : [])));
  for (const r of [...planRecords(p), ...deadlineSources]) {
    if (!text.includes(squash(r.source.quote))) problems.push({ file, message: `${r.id}: quote not found in ${p.document.file}: "${r.source.quote}"` });
  }
  return problems;
}

export function validateAllPlans(seeds: string | null = seedsDir()): { files: string[]; problems: PlanProblem[] } {
  const files = readdirSync(plansDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const problems = files.flatMap((f) => validatePlanFile(f, JSON.parse(readFileSync(join(plansDir, f), 'utf8')), seeds));
  return { files, problems };
}
