/**
 * Shapes of the files the build scripts write (public/generated/) and the app reads: one definition for both
 * sides (scripts/ imports these types too).
 */

/** public/generated/provinces.json: one entry per province with district boundaries. */
export interface ProvinceIndexEntry {
  code: string;
  name: string;
  slug: string;
  bbox: [number, number, number, number];
  districtCount: number;
}

/** public/generated/new-provinces.json: the 34 provinces of 1 July 2025. */
export interface NewProvinceEntry {
  code: string;
  name: string;
  /** Pre-2025 province codes forming it. */
  members: string[];
}
