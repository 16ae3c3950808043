/**
 * The interface font is cut to FONT_TEXT (scripts/build-fonts.ts, issue 19). Every character the messages and the
 * provincial plans can put on screen must be in it (else that character would be drawn in another font), and the
 * committed files in src/fonts/ must be what `npm run fonts` makes from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, FONT_TEXT, fontsDir, subsetFile } from '../../scripts/build-fonts';
import { plansDir, repoRoot } from '../../scripts/lib/paths';

/** Characters of a text that the interface font is declared for (letters, digits, punctuation; not emoji or icons). */
function shownCharacters(text: string): Set<string> {
  return new Set([...text.normalize('NFC')].filter((c) => /[\p{L}\p{N}\p{P}\p{Sm}\p{Sc}\p{Zs}]/u.test(c)));
}

describe('interface font subset', () => {
  it('keeps every character of the messages (vi, en) and of the plans', () => {
    const sources = [join(repoRoot, 'src/i18n/vi.json'), join(repoRoot, 'src/i18n/en.json')];
    sources.push(
      ...readdirSync(plansDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(plansDir, f)),
    );
    const kept = new Set(FONT_TEXT);
    const missing = new Set<string>();
    for (const file of sources) for (const c of shownCharacters(readFileSync(file, 'utf8'))) if (!kept.has(c)) missing.add(c);
    expect([...missing]).toEqual([]);
    // The Vietnamese alphabet in full, names the data may add later included.
    for (const c of 'ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ')
      expect(kept.has(c), c).toBe(true);
  });

  it('the committed files are the subsets npm run fonts makes', async () => {
    for (const file of FONT_FILES) {
      const committed = readFileSync(join(fontsDir, file));
      expect((await subsetFile(file)).equals(committed), file).toBe(true);
    }
  });
});
