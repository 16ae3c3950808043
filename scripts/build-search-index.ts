/**
 * Build step (after build-units):
 *   public/generated/search-index.json: one compact search index over every province's units and the agencies
 *     the plans name, read by the search box to search all provinces at once;
 *   public/generated/view-summary.json: per plan, how many districts each view shows something for, per year
 *     (first-sight.ts picks what a bare link opens from it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyList } from '../src/domain/agency-pick';
import { buildSearchIndexFile } from '../src/domain/search-all';
import { viewSummary } from '../src/domain/first-sight';
import type { AdminUnit } from '../src/domain/units';
import { generatedDir } from './lib/paths';
import { loadProvinceModel, planSlugs } from './lib/province-model';

const unitsDir = join(generatedDir, 'units');
const units: AdminUnit[] = readdirSync(unitsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(unitsDir, f), 'utf8')) as AdminUnit[]);
const models = planSlugs().map((slug) => loadProvinceModel(slug));
const agencies = models.flatMap((model) => {
  return agencyList(model).map((a) => ({ provinceCode: model.province.code, name: a.name, districts: a.districts.length }));
});
const out = join(generatedDir, 'search-index.json');
writeFileSync(out, JSON.stringify(buildSearchIndexFile(units, agencies)));
console.log(`search index: ${units.length} units, ${agencies.length} agencies → ${out}`);
const summaryOut = join(generatedDir, 'view-summary.json');
writeFileSync(summaryOut, JSON.stringify({ provinces: models.map(viewSummary) }));
console.log(`view summary: ${models.length} plans → ${summaryOut}`);
