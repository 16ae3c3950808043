/**
 * Build step: the GSO gazetteer (npm package dvhcvn, units as of 2024-05, the plans' era)
 * → public/generated/units/<province_code>.json, one AdminUnit list per province.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer2024 } from './lib/gazetteer';
import { generatedDir } from './lib/paths';

const gaz = loadGazetteer2024();
const outDir = join(generatedDir, 'units');
mkdirSync(outDir, { recursive: true });
const provinces = gaz.ofTier('province');
for (const province of provinces) {
  const units = [province, ...gaz.all().filter((u) => gaz.isWithin(u.code, province.code))];
  writeFileSync(join(outDir, `${province.code}.json`), JSON.stringify(units));
}
console.log(`units: ${provinces.length} provinces → ${outDir}`);
