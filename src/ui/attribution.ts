/** The attribution line for the units shown (map control, PNG, print): no MapLibre here, components import it. */
import { ATTRIBUTION_2025 } from '../domain/credits';
import { isReformDate } from '../domain/history';
import { createTranslator, type Language } from '../i18n/i18n';

/** The 2025 boundaries' attribution from 1 July 2025, else the app's line for the district boundaries. */
export function attributionFor(s: { unitsAsOf: string | null; language: Language }): string {
  const t = createTranslator(s.language);
  return isReformDate(s.unitsAsOf) ? `${ATTRIBUTION_2025} · ${t('map.attribution.data')}` : t('map.attribution');
}
