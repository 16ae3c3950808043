/**
 * Produces any table the app shows, without a browser:
 *   npm run export -- --province <slug> --table <name> --format csv|json|xlsx [--district <code>] [--year 2025]
 *                     [--lang vi|en] [--overlay office-data.json] [--as-of YYYY-MM-DD] [--out file]
 * --overlay applies data exported from the app's Data tab (statuses, criteria, registrations, agencies); it is
 * validated in full like a restore in the app.
 * --as-of shows the tables in the units valid on that date (e.g. 2025-01-01: Ninh Bình's thành phố Hoa Lư);
 * the tables crosswalk, new-communes and unit-changes follow the plan's communes to the 2025 units.
 * Tables in the units of 1 July 2025, for any of the 34 provinces (--province is then a 2025 slug, e.g. hai-phong):
 *   --table communes-2025 [--view level|registration|agency] [--year 2024]   its communes, with the plans'
 *                                                                            facts seen through their predecessors
 *   --table status-template-2025                                             the office's status table, pre-filled
 *   --table status-2025 --overlay <file>                                     the office's 2025 status table as it stands
 *   --table lagging-2025 --overlay <file> [--year 2027]                      its lagging communes by the year (default: this year)
 *   (--overlay: the office's data of today's communes exported from the app; --as-of, if given, 2025-07-01 or later)
 * Mistakes (options, dates, files, --out folder) print one line "ERROR (export): …" and exit 2; CSV cells that
 * would run as spreadsheet formulas are prefixed with an apostrophe.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { isRealDate } from '../src/domain/dates';
import { applyOverlay } from '../src/domain/overlay';
import { parseOverlay } from '../src/domain/overlay-validate';
import { createTranslator, loadLanguage, type Language, type MessageKey } from '../src/i18n/i18n';
import { buildTable, HISTORY_TABLE_IDS, isTableId, TABLE_IDS } from '../src/domain/tables';
import { tableToCsv, tableToJson, tableToSheetRows } from '../src/domain/table-files';
import { modelInRearrangedUnits } from '../src/domain/rearranged';
import { checkOutPath, parseOptions, runCli, UserError } from './lib/cli';
import { provinceHistory } from './lib/history';
import { loadProvinceModel, planSlugs } from './lib/province-model';
import { loadProvince2025Model } from './lib/province-2025';
import { buildTable2025, isTable2025Id, OFFICE_TABLE_IDS_2025, TABLE_IDS_2025 } from '../src/domain/tables-2025';
import { eraOn, isReformDate, REFORM_DATE } from '../src/domain/history';
import { officeModel2025 } from '../src/domain/communes-2025';
import { applyOverlay2025, parseOverlay2025 } from '../src/domain/status-import-2025';
import type { ProvinceModel } from '../src/domain/model';
import { NEW_COMMUNE_VIEWS, type NewCommuneView } from '../src/domain/new-commune-plan';
import type { Table } from '../src/domain/table-shape';

const OPTIONS = ['province', 'table', 'format', 'lang', 'year', 'overlay', 'as-of', 'district', 'out', 'view'];
const MAX_OVERLAY_BYTES = 50 * 1024 * 1024;

await runCli('export', async () => {
  const opts = parseOptions(process.argv.slice(2), OPTIONS);
  const arg = (name: string) => opts.get(name);
  const fail = (message: string): never => {
    throw new UserError(message);
  };
  const province = arg('province');
  const tableName = arg('table');
  const format = arg('format') ?? 'csv';
  const language = (arg('lang') ?? 'vi') as Language;
  if (!province) fail(`--province is required (${planSlugs().join(', ')})`);
  if (!tableName || (!isTableId(tableName) && !isTable2025Id(tableName)))
    return fail(`--table must be one of: ${[...TABLE_IDS, ...TABLE_IDS_2025].join(', ')}`);
  if (format !== 'csv' && format !== 'json' && format !== 'xlsx') fail('--format must be csv, json or xlsx');
  if (language !== 'vi' && language !== 'en') fail('--lang must be vi or en');
  await loadLanguage(language);
  const t = createTranslator(language);
  const yearText = arg('year');
  if (yearText !== undefined && !/^(20\d\d|2100)$/.test(yearText)) fail('--year must be a year such as 2024');
  const year = yearText ? Number(yearText) : undefined;
  const asOf = arg('as-of');
  if (asOf !== undefined && !isRealDate(asOf)) fail(`--as-of ${asOf} is not a real date (YYYY-MM-DD, such as 2025-07-01)`);
  const out = arg('out');
  if (out) checkOutPath(out);
  if (format === 'xlsx' && !out) fail('--format xlsx needs --out <file.xlsx>');

  /** The --overlay file's text (null without --overlay). */
  const readOverlay = (path: string | undefined): string | null => {
    if (!path) return null;
    try {
      if (statSync(path).size > MAX_OVERLAY_BYTES) fail(`--overlay ${path} is over ${MAX_OVERLAY_BYTES / 1024 / 1024} MB`);
      return readFileSync(path, 'utf8');
    } catch (error) {
      if (error instanceof UserError) throw error;
      return fail(`cannot read --overlay ${path}`);
    }
  };

  const write = async (table: Pick<Table, 'title' | 'columns' | 'rows'>): Promise<void> => {
    if (format === 'xlsx') {
      await writeXlsxFile([{ data: tableToSheetRows(table as Table), sheet: table.title.slice(0, 31) }] as never).toFile(out!);
      console.error(`${table.rows.length} rows → ${out}`);
      return;
    }
    const text = format === 'csv' ? tableToCsv(table as Table) : tableToJson(table as Table);
    if (out) {
      writeFileSync(out, text);
      console.error(`${table.rows.length} rows → ${out}`);
    } else {
      process.stdout.write(text);
    }
  };

  if (isTable2025Id(tableName)) {
    const view = (arg('view') ?? 'level') as NewCommuneView;
    if (!NEW_COMMUNE_VIEWS.includes(view)) fail(`--view must be one of: ${NEW_COMMUNE_VIEWS.join(', ')}`);
    let model2025: ReturnType<typeof loadProvince2025Model>;
    try {
      model2025 = loadProvince2025Model(province!);
    } catch (error) {
      return fail((error as Error).message);
    }
    if (asOf !== undefined && !isReformDate(asOf)) fail(`--table ${tableName} is in the units of ${REFORM_DATE}: --as-of must be ${REFORM_DATE} or later`);
    // The office's own 2025 data (exported from the app: today's communes, "Tải số liệu của văn phòng").
    let office: ProvinceModel | undefined;
    const overlayText = readOverlay(arg('overlay'));
    if (overlayText !== null) {
      const parsed = parseOverlay2025(overlayText, model2025);
      if ('error' in parsed)
        fail(`--overlay ${arg('overlay')}: ${t(parsed.error.key as MessageKey, 'params' in parsed.error ? parsed.error.params : {})} [${parsed.error.key}]`);
      else office = applyOverlay2025(officeModel2025(model2025), parsed.overlay);
    } else if (OFFICE_TABLE_IDS_2025.includes(tableName)) {
      console.error(`--table ${tableName} without --overlay: no office data (every commune "${t('level.no-data')}")`);
    }
    const defaultYear = OFFICE_TABLE_IDS_2025.includes(tableName) ? new Date().getFullYear() : 2025;
    return write(buildTable2025(model2025, tableName, { t, view, year: year ?? defaultYear, office }));
  }
  if (!isTableId(tableName)) return fail(`unknown table ${tableName}`);

  let model: ReturnType<typeof loadProvinceModel>;
  try {
    model = loadProvinceModel(province!);
  } catch (error) {
    return fail((error as Error).message);
  }
  const overlayPath = arg('overlay');
  const text = readOverlay(overlayPath);
  if (text !== null) {
    const codes = new Set([...model.districts, ...model.communes].map((u) => u.code));
    const parsed = parseOverlay(text, model.province.code, codes);
    if ('error' in parsed)
      fail(`--overlay ${overlayPath}: ${t(parsed.error.key as MessageKey, 'params' in parsed.error ? parsed.error.params : {})} [${parsed.error.key}]`);
    else model = applyOverlay(model, parsed.overlay);
  }
  const history = asOf || HISTORY_TABLE_IDS.includes(tableName) ? provinceHistory(model.province.code) : undefined;
  if (asOf && history) {
    const era = eraOn(history, asOf);
    if (era === 'reform' && !HISTORY_TABLE_IDS.includes(tableName)) {
      fail(
        `on ${asOf} the district tier no longer exists (${history.newProvince.name} from ${history.reform.date}); use --table new-communes, crosswalk or unit-changes, or a date before ${history.reform.date}`,
      );
    }
    if (era === 'rearranged') model = modelInRearrangedUnits(model, history);
  }
  const district = arg('district');
  if (district && !model.districts.some((d) => d.code === district)) {
    fail(`--district ${district} is not a district of ${model.province.name} (${model.districts.map((d) => d.code).join(', ')})`);
  }
  await write(buildTable(model, tableName, { t, language, districtCode: district, year, history }));
});
