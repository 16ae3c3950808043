/**
 * Produces any table the app shows, without a browser:
 *   npm run export -- --province <slug> --table <name> --format csv|json [--district <code>] [--year 2025] [--lang vi|en] [--out file]
 */
import { writeFileSync } from 'node:fs';
import { createTranslator, type Language } from '../src/i18n/i18n';
import { buildTable, isTableId, TABLE_IDS, tableToCsv, tableToJson } from '../src/domain/tables';
import { loadProvinceModel, planSlugs } from './lib/province-model';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message: string): never {
  console.error(`ERROR (export): ${message}`);
  process.exit(2);
}

const province = arg('province');
const tableName = arg('table');
const format = arg('format') ?? 'csv';
const language = (arg('lang') ?? 'vi') as Language;
if (!province) fail(`--province is required (${planSlugs().join(', ')})`);
if (!tableName || !isTableId(tableName)) fail(`--table must be one of: ${TABLE_IDS.join(', ')}`);
if (format !== 'csv' && format !== 'json') fail('--format must be csv or json');
if (language !== 'vi' && language !== 'en') fail('--lang must be vi or en');
const yearText = arg('year');
const year = yearText ? Number(yearText) : undefined;
if (yearText && !Number.isInteger(year)) fail('--year must be a year such as 2024');

let model;
try {
  model = loadProvinceModel(province);
} catch (error) {
  fail((error as Error).message);
}
const district = arg('district');
if (district && !model.districts.some((d) => d.code === district)) {
  fail(`--district ${district} is not a district of ${model.province.name} (${model.districts.map((d) => d.code).join(', ')})`);
}
const table = buildTable(model, tableName, { t: createTranslator(language), language, districtCode: district, year });
const text = format === 'csv' ? tableToCsv(table) : tableToJson(table);
const out = arg('out');
if (out) {
  writeFileSync(out, text);
  console.error(`${table.rows.length} rows → ${out}`);
} else {
  process.stdout.write(text);
}
