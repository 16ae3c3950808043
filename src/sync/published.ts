/** The published layers baked into the build (data/published/<slug>.json, written by `npm run publish`). */
import type { PublishedLayer } from '../domain/published';

const modules = import.meta.glob<PublishedLayer>('../../data/published/*.json', { import: 'default' });

/** The province's published layer, or null (a lazy chunk: only the province shown is fetched). */
export async function loadPublished(slug: string): Promise<PublishedLayer | null> {
  const loader = modules[`../../data/published/${slug}.json`];
  return loader ? loader() : null;
}

export function hasPublished(slug: string): boolean {
  return `../../data/published/${slug}.json` in modules;
}
