/**
 * The filters in words, for a room that sees dimmed areas (presentation's title bar): "Đạt chuẩn NTM; Có đăng ký
 * năm 2025; Sở, ngành: Sở Y tế". Names come from the same places as the filter bar's choices (src/components/FilterBar.tsx).
 */
import { isFilterActive, type DistrictFilter } from '../domain/filters';
import type { ProvinceModel } from '../domain/model';
import { provinceAgencies } from '../domain/views';
import type { MessageKey, Translate } from '../i18n/i18n';

/** Each active filter as a phrase (none when no filter is active). */
export function filterWords(filter: DistrictFilter, model: ProvinceModel, t: Translate): string[] {
  if (!isFilterActive(filter)) return [];
  const words: string[] = [];
  if (filter.levels?.length) words.push(filter.levels.map((l) => t(`level.${l}` as MessageKey)).join(` ${t('filter.or')} `));
  if (filter.registrationYear) words.push(`${t('filter.regYear')} ${filter.registrationYear}`);
  if (filter.agencyKey) {
    const name = provinceAgencies(model).find((a) => a.key === filter.agencyKey)?.name ?? filter.agencyKey;
    words.push(`${t('filter.agency')}: ${name}`);
  }
  return words;
}
