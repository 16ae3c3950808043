/**
 * The office's data as published for everyone (`npm run publish`, or the Data tab's "Xuất bản"): an overlay with
 * its date and author, baked into the built app (data/published/<slug>.json) and shown on top of the plan.
 * Pure TS.
 */
import type { Overlay } from './overlay';
import { parseOverlay } from './overlay-validate';

export const PUBLISHED_FORMAT = 'ntm-map-published';

export interface PublishedLayer {
  format: typeof PUBLISHED_FORMAT;
  version: 1;
  provinceCode: string;
  slug: string;
  /** ISO date-time. */
  publishedAt: string;
  publishedBy: string;
  overlay: Overlay;
}

export function makePublished(overlay: Overlay, meta: { slug: string; publishedAt: string; publishedBy: string }): PublishedLayer {
  return {
    format: PUBLISHED_FORMAT,
    version: 1,
    provinceCode: overlay.provinceCode,
    slug: meta.slug,
    publishedAt: meta.publishedAt,
    publishedBy: meta.publishedBy,
    overlay,
  };
}

/** Who published, when no name is given: the author of the last change, else "". */
export function lastAuthor(overlay: Overlay): string {
  return overlay.history[overlay.history.length - 1]?.by ?? '';
}

/** A published file, checked like an import of its overlay. */
export function parsePublished(data: unknown, provinceCode: string, unitCodes: ReadonlySet<string>): { layer: PublishedLayer } | { error: string } {
  const d = data as Partial<PublishedLayer> | null;
  if (
    !d ||
    d.format !== PUBLISHED_FORMAT ||
    d.version !== 1 ||
    typeof d.publishedAt !== 'string' ||
    Number.isNaN(Date.parse(d.publishedAt)) ||
    typeof d.publishedBy !== 'string'
  ) {
    return { error: 'published.error.format' };
  }
  const parsed = parseOverlay(JSON.stringify(d.overlay), provinceCode, unitCodes);
  if ('error' in parsed) return { error: parsed.error.key };
  return { layer: d as PublishedLayer };
}
