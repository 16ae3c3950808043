/**
 * Build step: ../shared/boundaries/dvhcvn-gis/<code>.json → public/generated/boundaries/<code>.topo.json
 * (simplified, quantized TopoJSON, one object "districts") and public/generated/provinces.json (index).
 *
 * Source folder: --source <dir> or NTM_BOUNDARIES_DIR (default ../shared/boundaries/dvhcvn-gis).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../src/domain/names';
import { assertProvinceFile, nationalTopology, provinceToTopology, type DvhcvnGisProvince } from './lib/boundaries';
import { boundariesSourceDir, generatedDir, requireDir } from './lib/paths';
import { newProvinceList } from './lib/reform';

import type { ProvinceIndexEntry } from '../src/data/contracts';

function main(): void {
  const source = boundariesSourceDir(process.argv);
  requireDir(
    source,
    'Boundary source folder',
    'Point --source or NTM_BOUNDARIES_DIR at the dvhcvn-gis folder (one <province_code>.json per province), e.g.\n' +
      '  NTM_BOUNDARIES_DIR=/path/to/shared/boundaries/dvhcvn-gis npm run generate',
  );
  const files = readdirSync(source).filter((f) => /^\d{2}\.json$/.test(f)).sort();
  if (files.length === 0) throw new Error(`No <province_code>.json files in ${source}`);

  const outDir = join(generatedDir, 'boundaries');
  mkdirSync(outDir, { recursive: true });
  const index: ProvinceIndexEntry[] = [];
  const all: DvhcvnGisProvince[] = [];
  for (const file of files) {
    const parsed: unknown = JSON.parse(readFileSync(join(source, file), 'utf8'));
    assertProvinceFile(parsed, file);
    all.push(parsed);
    const topo = provinceToTopology(parsed);
    writeFileSync(join(outDir, `${parsed.level1_id}.topo.json`), JSON.stringify(topo));
    const name = parsed.name.normalize('NFC');
    index.push({
      code: parsed.level1_id,
      name,
      slug: slugify(name),
      bbox: (parsed.bbox ?? [0, 0, 0, 0]) as ProvinceIndexEntry['bbox'],
      districtCount: parsed.level2s.length,
    });
  }
  writeFileSync(join(generatedDir, 'provinces.json'), JSON.stringify(index, null, 1));
  writeFileSync(join(generatedDir, 'national.topo.json'), JSON.stringify(nationalTopology(all, undefined, undefined, newProvinceList())));
  console.log(`boundaries: ${index.length} provinces → ${outDir}`);
}

try {
  main();
} catch (error) {
  console.error(`\nERROR (build-boundaries): ${(error as Error).message}\n`);
  process.exit(1);
}
