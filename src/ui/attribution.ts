/**
 * The attribution lines for the boundaries drawn (map control, PNG, print): one place, so the three cannot differ.
 * Which boundary files a scene draws is src/domain/credits.ts boundariesDrawn; here it is read off the state and
 * worded. No MapLibre here, components import it.
 */
import { ATTRIBUTION_2025, boundariesDrawn, type BoundaryFiles } from '../domain/credits';
import { createTranslator } from '../i18n/i18n';
import { selectScene } from '../state/selectors';
import { selectProvince2025 } from '../state/province-choices';
import type { AppState } from '../state/types';

/** The boundary files the map draws now (as src/map/layers chooses them). */
export function drawnBoundaryFiles(s: AppState): BoundaryFiles[] {
  const p = selectProvince2025(s);
  return boundariesDrawn({
    scene: selectScene(s),
    provinces2025: s.provinces2025Topology !== null,
    province2025: p ? { oldProvinces: p.topology.objects.oldProvinces !== undefined } : null,
    history: s.history !== null,
    nationalTopology: s.nationalTopology !== null,
  });
}

/** The boundaries' attribution: the 2025 files' required line (verbatim), the district maps' line, or both. */
export function boundaryLine(files: readonly BoundaryFiles[], s: Pick<AppState, 'language'>): string {
  const t = createTranslator(s.language);
  return files.map((f) => (f === '2025' ? ATTRIBUTION_2025 : t('map.attribution.dvhcvn'))).join(' · ');
}

/** The map's attribution line: the boundaries drawn, then the plans as the data's source. */
export function attributionFor(s: AppState): string {
  const t = createTranslator(s.language);
  return [boundaryLine(drawnBoundaryFiles(s), s), t('map.attribution.data')].filter(Boolean).join(' · ');
}

/**
 * The footer of a PNG or printed map: export date, the plan it comes from (`document`, none on the national overview
 * and a 2025 province opened alone), and the boundaries drawn.
 */
export function exportFooter(s: AppState, date: string, document: string | null): string {
  const t = createTranslator(s.language);
  const boundaries = boundaryLine(drawnBoundaryFiles(s), s);
  const source = document ? t('export.source', { document }) : t('map.attribution.data');
  return [t('export.date', { date }), source, boundaries].filter(Boolean).join(' · ');
}
