/**
 * Publishes the office's data into the built app, for every visitor (no server needed):
 *
 *   npm run publish -- --province ninh-binh --overlay office.json [--by "Văn phòng điều phối NTM"]
 *   npm run publish -- --province ninh-binh --from-server        (the shared workspace's current data)
 *   npm run publish -- --province ninh-binh --remove
 *
 * The overlay (the Data tab's JSON export, or its "Xuất bản" file) is checked like a file import, then written to
 * data/published/<slug>.json, which the next `npm run build` bakes in as that province's published layer.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Overlay } from '../src/domain/overlay';
import { parseOverlay } from '../src/domain/overlay-validate';
import { lastAuthor, makePublished, parsePublished, PUBLISHED_FORMAT } from '../src/domain/published';
import { loadCatalog } from '../server/catalog';

const option = (args: string[], name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

export const PUBLISHED_DIR = 'data/published';

export async function main(args: string[]): Promise<void> {
  const catalog = loadCatalog();
  const key = option(args, 'province');
  const province = key ? catalog.bySlugOrCode(key) : undefined;
  if (!province) throw new Error('--province <slug> is needed (e.g. ninh-binh).');
  const dir = option(args, 'dir') ?? PUBLISHED_DIR;
  const target = join(dir, `${province.slug}.json`);
  if (args.includes('--remove')) {
    if (existsSync(target)) rmSync(target);
    console.log(`${province.name}: no published data (${target} removed). Rebuild: npm run build.`);
    return;
  }
  const units = catalog.unitCodes(province.code);
  let overlay: Overlay;
  let by = option(args, 'by');
  let at = new Date().toISOString();
  if (args.includes('--from-server')) {
    const { dbOptionsFromEnv, openDb } = await import('../server/db');
    const { Repo } = await import('../server/repo');
    const handle = await openDb(dbOptionsFromEnv());
    try {
      overlay = (await new Repo(handle.db).provinceState(province.code)).overlay;
    } finally {
      await handle.close();
    }
  } else {
    const file = option(args, 'overlay');
    if (!file) throw new Error('--overlay <file.json> (or --from-server) is needed.');
    const text = readFileSync(file, 'utf8');
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: string };
    if (data.format === PUBLISHED_FORMAT) {
      // The Data tab's "Xuất bản" file: already a published layer.
      const parsed = parsePublished(data, province.code, units);
      if ('error' in parsed) throw new Error(`${file}: ${parsed.error}`);
      overlay = parsed.layer.overlay;
      by ??= parsed.layer.publishedBy;
      at = parsed.layer.publishedAt;
    } else {
      const parsed = parseOverlay(text, province.code, units);
      if ('error' in parsed) throw new Error(`${file}: ${parsed.error.key} ${JSON.stringify('params' in parsed.error ? parsed.error.params : {})}`);
      overlay = parsed.overlay;
    }
  }
  const layer = makePublished(overlay, { slug: province.slug, publishedAt: at, publishedBy: by ?? lastAuthor(overlay) });
  mkdirSync(dir, { recursive: true });
  writeFileSync(target, JSON.stringify(layer, null, 2) + '\n');
  console.log(
    `${province.name}: ${Object.keys(overlay.units).length} units published by ${layer.publishedBy || '—'} on ${at.slice(0, 10)} → ${target}. Rebuild to ship it: npm run build.`,
  );
}

main(process.argv.slice(2)).catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
