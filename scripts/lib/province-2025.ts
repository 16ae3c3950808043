/** Loads a province of 1 July 2025 from the committed boundaries, with the plans of its old members: the model the app builds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildProvince2025Model, communesOfTopology, type Province2025Entry, type Province2025Model } from '../../src/domain/communes-2025';
import type { ProvinceModel } from '../../src/domain/model';
import planProvinces from '../../data/plan-provinces.json';
import { provinceHistory } from './history';
import { committedBoundariesDir } from './paths';
import { loadProvinceModel } from './province-model';
import { newProvinceList } from './reform';

export function provinces2025(): Province2025Entry[] {
  return JSON.parse(readFileSync(join(committedBoundariesDir, '2025', 'index.json'), 'utf8')) as Province2025Entry[];
}

/** `slug` of a 2025 province (ninh-binh, hai-phong, da-nang, …). `overlay` turns an old plan model into the office's. */
export function loadProvince2025Model(slug: string, overlay: (model: ProvinceModel) => ProvinceModel = (m) => m): Province2025Model {
  const entry = provinces2025().find((p) => p.slug === slug);
  if (!entry)
    throw new Error(
      `Unknown province of 1 July 2025 "${slug}" (${provinces2025()
        .map((p) => p.slug)
        .join(', ')})`,
    );
  const topology = JSON.parse(readFileSync(join(committedBoundariesDir, '2025', 'communes', `${entry.code}.topo.json`), 'utf8')) as Topology;
  const members = newProvinceList().find((p) => p.code === entry.code)?.members ?? [];
  const plans = planProvinces.provinces
    .filter((p) => members.includes(p.gsoCode))
    .map((p) => ({ model: overlay(loadProvinceModel(p.slug)), history: provinceHistory(p.gsoCode) }));
  return buildProvince2025Model(entry, communesOfTopology(topology, entry.code), plans);
}
