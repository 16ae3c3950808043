/**
 * Backups of the shared workspace, in the app's own backup format (the Data tab's "Xuất dữ liệu (JSON)" file,
 * src/domain/overlay.ts): one file per province with data, history included.
 *
 *   npm run backup                                   → backups/<date-time>/<slug>-du-lieu.json for every province
 *   npm run backup -- --province ninh-binh --out nb.json
 *   npm run backup -- restore <file.json> [<file.json>…]   (checked like a file import; the province from the file)
 *
 * Same database as `npm start` (DATABASE_URL, else NTM_DB_FILE). Accounts are not in backups.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serializeOverlay } from '../src/domain/overlay';
import { parseOverlay } from '../src/domain/overlay-validate';
import { loadCatalog } from '../server/catalog';
import { dbOptionsFromEnv, openDb } from '../server/db';
import { Repo } from '../server/repo';

const option = (args: string[], name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

export async function main(args: string[]): Promise<void> {
  const catalog = loadCatalog();
  const handle = await openDb(dbOptionsFromEnv());
  const repo = new Repo(handle.db);
  try {
    if (args[0] === 'restore') {
      const files = args.slice(1);
      if (!files.length) throw new Error('restore <file.json> [<file.json>…]');
      // Every file is checked before anything is written.
      const parsed = files.map((file) => {
        const text = readFileSync(file, 'utf8');
        const code = (JSON.parse(text.replace(/^\uFEFF/, '')) as { provinceCode?: unknown }).provinceCode;
        const province = typeof code === 'string' ? catalog.byCode(code) : undefined;
        if (!province) throw new Error(`${file}: no known province code in the file.`);
        const result = parseOverlay(text, province.code, catalog.unitCodes(province.code));
        if ('error' in result) throw new Error(`${file}: ${result.error.key} ${JSON.stringify('params' in result.error ? result.error.params : {})}`);
        return { file, province, overlay: result.overlay };
      });
      for (const { file, province, overlay } of parsed) {
        const state = await repo.restore(province.code, overlay);
        console.log(`${file} → ${province.name}: ${Object.keys(overlay.units).length} units, ${overlay.history.length} changes (version ${state.version}).`);
      }
      return;
    }
    const only = option(args, 'province');
    const codes = only ? [catalog.bySlugOrCode(only)?.code ?? ''] : await repo.provinceCodes();
    if (only && !codes[0]) throw new Error(`Unknown province ${only}.`);
    const out = option(args, 'out');
    const folder = out && !only ? out : join('backups', new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19));
    for (const code of codes) {
      const province = catalog.byCode(code)!;
      const { overlay, version } = await repo.provinceState(code);
      const file = only && out ? out : join(folder, `${province.slug}-du-lieu.json`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, serializeOverlay(overlay));
      console.log(`${province.name} (version ${version}): ${Object.keys(overlay.units).length} units, ${overlay.history.length} changes → ${file}`);
    }
    if (!codes.length) console.log('No province has data on the server yet.');
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
