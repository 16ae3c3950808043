/** The provinces and their unit codes, from the generated data the app ships (dist/generated or public/generated). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ProvinceEntry {
  code: string;
  name: string;
  slug: string;
}

export interface Catalog {
  provinces: ProvinceEntry[];
  byCode(code: string): ProvinceEntry | undefined;
  bySlugOrCode(key: string): ProvinceEntry | undefined;
  /** District and commune codes of a province (what an overlay may name). */
  unitCodes(code: string): ReadonlySet<string>;
}

/** The first folder holding provinces.json: the built app's, else the one `npm run generate` writes. */
export function defaultGeneratedDir(root = process.cwd()): string {
  const candidates = [join(root, 'dist/generated'), join(root, 'public/generated')];
  const found = candidates.find((d) => existsSync(join(d, 'provinces.json')));
  if (!found) throw new Error(`No generated data (provinces.json) in ${candidates.join(' or ')}: run npm run generate (or npm run build) first.`);
  return resolve(found);
}

export function loadCatalog(generatedDir = defaultGeneratedDir()): Catalog {
  const provinces = (JSON.parse(readFileSync(join(generatedDir, 'provinces.json'), 'utf8')) as ProvinceEntry[]).map(({ code, name, slug }) => ({
    code,
    name,
    slug,
  }));
  const codes = new Map<string, ReadonlySet<string>>();
  const byCode = (code: string) => provinces.find((p) => p.code === code);
  return {
    provinces,
    byCode,
    bySlugOrCode: (key) => byCode(key) ?? provinces.find((p) => p.slug === key),
    unitCodes(code) {
      let set = codes.get(code);
      if (!set) {
        const file = join(generatedDir, 'units', `${code}.json`);
        const units = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { code: string; tier: string }[]) : [];
        set = new Set(units.filter((u) => u.tier === 'district' || u.tier === 'commune').map((u) => u.code));
        codes.set(code, set);
      }
      return set;
    },
  };
}
