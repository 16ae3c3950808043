/** Loads a province's plan file and joins it to the 2024 gazetteer: the same model the app builds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProvinceModel, emptyPlan, type ProvinceModel } from '../../src/domain/model';
import { slugify } from '../../src/domain/names';
import type { PlanFile } from '../../src/domain/plan';
import { loadGazetteer2024 } from './gazetteer';
import { plansDir } from './paths';

export function planSlugs(): string[] {
  return readdirSync(plansDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function readPlan(slug: string): PlanFile {
  const path = join(plansDir, `${slug}.json`);
  if (!existsSync(path)) {
    throw new Error(`No plan data for province "${slug}". Provinces with plan data: ${planSlugs().join(', ')}`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as PlanFile;
}

export function loadProvinceModel(slug: string): ProvinceModel {
  const gaz = loadGazetteer2024();
  if (planSlugs().includes(slug)) return buildProvinceModel(readPlan(slug), gaz);
  const province = gaz.ofTier('province').find((p) => slugify(p.name) === slug);
  if (!province) {
    throw new Error(`Unknown province "${slug}". Provinces with plan data: ${planSlugs().join(', ')}; any other province by its slug (e.g. ha-noi).`);
  }
  return buildProvinceModel(emptyPlan(province), gaz);
}
