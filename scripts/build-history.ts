/**
 * Build step: units over time → public/generated/history/<province_code>.json (one per pre-2025 province)
 * and public/generated/new-provinces.json, and the plans seen in today's communes (2025/plan-paint.json). The logic lives in scripts/lib/history.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allProvinceCodes, buildProvinceHistory, curated } from './lib/history';
import { newProvinceList } from './lib/reform';
import { loadGazetteer2024 } from './lib/gazetteer';
import { generatedDir } from './lib/paths';
import { buildNationalPlanPaint } from './lib/plan-paint-2025';

function main(): void {
  const outDir = join(generatedDir, 'history');
  mkdirSync(outDir, { recursive: true });
  const summary: string[] = [];
  const plan = loadGazetteer2024();
  for (const province of plan.ofTier('province')) {
    const { history, problems } = buildProvinceHistory(province);
    writeFileSync(join(outDir, `${province.code}.json`), JSON.stringify(history));
    const open = history.crosswalk.filter((r) => r.problem && r.problem !== 'split').length;
    if (curated.waves[province.code])
      summary.push(
        `${province.code} ${province.name}: ${history.crosswalk.length} communes, ${open} not followed${problems.length ? ` (${problems.join('; ')})` : ''}`,
      );
  }
  writeFileSync(join(generatedDir, 'new-provinces.json'), JSON.stringify(newProvinceList()));
  // The plans seen in today's communes, for the national overview's communes (worked out here, not in the page).
  const paint = buildNationalPlanPaint();
  mkdirSync(join(generatedDir, '2025'), { recursive: true });
  writeFileSync(join(generatedDir, '2025', 'plan-paint.json'), JSON.stringify(paint));
  summary.push(`2025/plan-paint.json: ${Object.keys(paint.communes).length} communes with planned predecessors, views ${paint.views.join(', ')}`);
  console.log(`history: ${allProvinceCodes().length} provinces → ${outDir}\n  ${summary.join('\n  ')}`);
}

try {
  main();
} catch (error) {
  console.error(`\nERROR (build-history): ${(error as Error).message}\n`);
  process.exit(1);
}
