/**
 * After the first load: tells the user which parts of the link were not used (malformed values, unknown names,
 * a province or district that does not exist) instead of silently opening something else.
 */
import { NATIONAL_SLUG } from '../data/national';
import { pushNotice } from './notices';
import { selectModel } from './selectors';
import { useAppStore } from './store';
import { fromQuery, ignoredParams } from './url';
import { viewHasYear } from '../domain/view-years';
import type { MapView } from '../domain/views';

/**
 * `shown`: the view and year the app opened (a year the view has no data for is replaced by the nearest one it
 * has, domain/view-years.ts validYear; the link's year is then reported as not used).
 */
export function urlProblems(
  search: string,
  provinces: readonly { slug: string }[],
  districtCodes: readonly string[] | null,
  shown: { view: MapView; year: number } | null = null,
): string[] {
  const ignored = ignoredParams(search);
  const shared = fromQuery(search);
  if (shared.province && shared.province !== NATIONAL_SLUG && !provinces.some((p) => p.slug === shared.province)) ignored.push(`province=${shared.province}`);
  else if (shared.district && districtCodes && !districtCodes.includes(shared.district)) ignored.push(`district=${shared.district}`);
  if (shared.year !== null && shown && viewHasYear(shown.view) && shown.year !== shared.year) ignored.push(`year=${shared.year}`);
  return ignored;
}

export function reportIgnoredUrlParams(): void {
  const s = useAppStore.getState();
  const model = selectModel(s);
  // A 2025 province opened by itself (its 2025 slug: Quảng Ninh) was used, though no old province has that slug.
  const opened = s.standalone2025 && s.provinceSlug ? [...s.provinces, { slug: s.provinceSlug }] : s.provinces;
  const problems = urlProblems(
    window.location.search,
    opened,
    model ? model.districts.map((d) => d.code) : null,
    model && !s.national ? { view: s.view, year: s.year } : null,
  );
  if (problems.length) pushNotice({ kind: 'warn', key: 'url.ignored', params: { params: problems.join(', ') } });
}
