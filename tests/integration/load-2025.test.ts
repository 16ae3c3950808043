/**
 * The app's loaders for the units of 1 July 2025, run against the files `npm run generate` writes
 * (public/generated, served from the app's origin; fetch answered from disk here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generatedDir } from '../../scripts/lib/paths';

const have = existsSync(join(generatedDir, '2025', 'index.json'));

describe.skipIf(!have)('loading a 2025 province (public/generated; run npm run generate first)', () => {
  const asked: string[] = [];
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      const path = url.replace(/^\/generated\//, '');
      asked.push(path);
      const file = join(generatedDir, path);
      return existsSync(file) ? new Response(readFileSync(file)) : new Response('not found', { status: 404 });
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('index of the 34 provinces, their outlines and the national communes', async () => {
    const load = await import('../../src/data/load');
    const index = await load.fetchProvinces2025Index();
    expect(index).toHaveLength(34);
    const provinces = await load.fetchProvinces2025Topology();
    expect(Object.keys(provinces.objects)).toContain('provinces');
    const national = await load.fetchCommunes2025National();
    const { communesOfTopology } = await import('../../src/domain/communes-2025');
    expect(communesOfTopology(national)).toHaveLength(3321);
  });

  // 2025 province, its commune count (issue 14), the old plan province in it.
  it.each([
    ['38', 166, '38'],
    ['37', 129, '37'],
    ['31', 114, '30'],
    ['56', 65, '58'],
    ['48', 94, '49'],
  ])('province %s: %i communes, those of the old plan province %s with their predecessors', async (code, communes, old) => {
    const load = await import('../../src/data/load');
    const { model, topology } = await load.load2025Province(code);
    expect(model.communes).toHaveLength(communes);
    const history = JSON.parse(readFileSync(join(generatedDir, 'history', `${old}.json`), 'utf8')) as { newCommunes: unknown[] };
    expect(model.summaries.size).toBe(history.newCommunes.length);
    expect(model.plans.map((p) => p.oldCode)).toEqual([old]);
    expect(model.plans).toHaveLength(1);
    expect(Object.keys(topology.objects).sort()).toEqual(['communes', 'oldProvinces', 'provinces']);
    expect(asked).toContain(`2025/communes/${code}.topo.json`);
  });

  it('a province without a plan: its communes, no summaries, no plan files asked for', async () => {
    const load = await import('../../src/data/load');
    const before = asked.length;
    const { model } = await load.load2025Province('22');
    expect(model.communes).toHaveLength(54);
    expect(model.summaries.size).toBe(0);
    expect(asked.slice(before).filter((p) => p.startsWith('history/') || p.startsWith('units/'))).toEqual([]);
  });
});
