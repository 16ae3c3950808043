/**
 * npm run validate-data: checks every plan data file (schema, ids, and every quote verbatim in its plan document)
 * and prints the problems. Without the plan documents (../shared/seeds or NTM_SEEDS_DIR) the quotes cannot be
 * checked: it says so and checks the rest.
 */
import { existsSync } from 'node:fs';
import { seedsDir } from './lib/paths';
import { validateAllPlans } from './lib/validate-plans';

const seeds = seedsDir();
const haveSeeds = existsSync(seeds);
if (!haveSeeds) console.warn(`The plan documents are not at ${seeds}: quotes not checked (set NTM_SEEDS_DIR to check them).`);
const { files, problems } = validateAllPlans(haveSeeds ? seeds : null);
for (const p of problems) console.error(`${p.file}: ${p.message}`);
console.log(`${files.length} plan files checked${haveSeeds ? '' : ' (schema and ids only)'}, ${problems.length} problem(s).`);
process.exit(problems.length ? 1 : 0);
