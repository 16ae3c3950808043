/**
 * The attribution line of the map control and the footer of PNG and print (src/ui/attribution.ts) name exactly the
 * boundary files the scene draws, read off the app's state (issue 16: no dvhcvn line on a 2025 map).
 */
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { ATTRIBUTION_2025 } from '../../src/domain/credits';
import { loadLanguage } from '../../src/i18n/i18n';
import { createAppStore } from '../../src/state/store';
import type { AppState } from '../../src/state/types';
import { attributionFor, exportFooter } from '../../src/ui/attribution';

await loadLanguage('en'); // English is loaded on demand in the app

const topology = (objects: string[]) => ({ type: 'Topology', arcs: [], objects: Object.fromEntries(objects.map((o) => [o, {}])) }) as unknown as Topology;
const base = createAppStore().getState();
const state = (over: Partial<AppState>): AppState => ({ ...base, ...over }) as AppState;
const national = (unitsAsOf: string | null) =>
  state({ national: true, unitsAsOf, nationalTopology: topology(['provinces']), provinces2025Topology: topology(['provinces']) });
// Thanh Hóa's 2025 file opened by itself (standalone) or as an old province's 2025 province: drawn from the 2025 file.
const province2025 = (objects: string[]) =>
  state({ standalone2025: '38', unitsAsOf: '2025-07-01', province2025: { code: '38', topology: topology(objects) } as AppState['province2025'] });

describe('attribution and export footer', () => {
  it('names dvhcvn alone on the pre-2025 maps, the 2025 line alone on the 2025 maps', () => {
    for (const s of [national(null), state({ unitsAsOf: null })]) {
      expect(attributionFor(s)).toContain('dvhcvn');
      expect(attributionFor(s)).not.toContain(ATTRIBUTION_2025);
    }
    for (const s of [national('2025-07-01'), province2025(['communes', 'provinces', 'oldProvinces'])]) {
      expect(attributionFor(s)).toContain(ATTRIBUTION_2025);
      expect(attributionFor(s)).not.toMatch(/dvhcvn|GPL/);
      const footer = exportFooter(s, '02/12/2026', 'Kế hoạch 123/KH-UBND');
      expect(footer).toBe(`Ngày xuất: 02/12/2026 · Nguồn: Kế hoạch 123/KH-UBND. NTM Map. · ${ATTRIBUTION_2025}`);
    }
  });

  it('words the footer in the language shown, the 2025 line verbatim', () => {
    expect(exportFooter({ ...national(null), language: 'en' }, '02/12/2026', null)).toBe(
      'Exported: 02/12/2026 · Data: provincial NTM plans · Boundaries: dvhcvn (GPL-3.0)',
    );
    expect(exportFooter({ ...national('2025-07-01'), language: 'en' }, '02/12/2026', null)).toBe(
      `Exported: 02/12/2026 · Data: provincial NTM plans · ${ATTRIBUTION_2025}`,
    );
  });
});
