/**
 * `npm run fonts`: the interface font's files in src/fonts/ (committed), cut from @fontsource/be-vietnam-pro down to
 * the characters the app shows (issue 19: the first load's transfer). Each of the two weights (400, 600) keeps
 * fontsource's two files, Latin and Vietnamese, so src/fonts.css's unicode-ranges still pick the file a text needs;
 * each file keeps only the glyphs of FONT_TEXT and the layout features the interface uses (kerning, the marks that
 * place Vietnamese diacritics on decomposed text, tabular figures). A character outside FONT_TEXT (an office's own
 * data) is drawn by the next font of the stack, as before. tests/integration/fonts.test.ts checks that every
 * character of the messages and the plans is kept, and that the committed files are what this script makes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { repoRoot } from './lib/paths';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Printable ASCII, every Vietnamese letter (precomposed and the five combining tone marks), and the signs the app writes. */
export const FONT_TEXT = [
  range(0x20, 0x7e),
  'àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ',
  range(0x1ea0, 0x1ef9),
  '\u0300\u0301\u0303\u0309\u0323',
  '\u00a0–—‘’“”…•·←→↑↓↔≤≥×−°±§«»‹›²¹⁽⁾₫%€Δ',
].join('');

/** The OpenType features kept: kerning, ligatures, mark placement (Vietnamese on NFD text), tabular figures. */
export const FONT_FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum'];

export const FONT_FILES = ['latin-400', 'vietnamese-400', 'latin-600', 'vietnamese-600'].map((f) => `be-vietnam-pro-${f}-normal.woff2`);

export const fontsDir = join(repoRoot, 'src', 'fonts');

/** The subset of one fontsource file. */
export async function subsetFile(file: string): Promise<Buffer> {
  const source = readFileSync(join(repoRoot, 'node_modules', '@fontsource', 'be-vietnam-pro', 'files', file));
  return subsetFont(source, FONT_TEXT, { targetFormat: 'woff2', keepFeatures: FONT_FEATURES });
}

async function main(): Promise<void> {
  mkdirSync(fontsDir, { recursive: true });
  for (const file of FONT_FILES) {
    const out = await subsetFile(file);
    writeFileSync(join(fontsDir, file), out);
    console.log(`src/fonts/${file}: ${out.length} bytes`);
  }
}

if (process.argv[1]?.endsWith('build-fonts.ts')) {
  main().catch((e) => {
    console.error(`ERROR (build-fonts): ${(e as Error).message}`);
    process.exit(1);
  });
}
