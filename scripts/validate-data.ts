/** npm run validate-data: checks every plan data file (schema, ids, quotes) and prints the problems. */
import { validateAllPlans } from './lib/validate-plans';

const { files, problems } = validateAllPlans();
for (const p of problems) console.error(`${p.file}: ${p.message}`);
console.log(`${files.length} plan files checked, ${problems.length} problem(s).`);
process.exit(problems.length ? 1 : 0);
