/**
 * The link parameters issue 15 adds (§8: the selected commune, the panel tab and every filter live in the URL),
 * as a pure codec over URLSearchParams so the URL module (src/state/url.ts, being reshaped by issue 13) only has
 * to call writeLinkParams / readLinkParams. Malformed values read as absent, never as an error.
 *   commune=<5-digit GSO code>   tab=<panel tab id>   indicator=<IndicatorId>   classes=<ClassMethod>
 *   values=1 (print values on districts)   agencyPick=<agency key>   view=targets|coverage (new views)
 */
import { CLASS_METHODS, type ClassMethod } from './classify';
import type { IndicatorId } from './indicators';
import { RECOGNITION_LEVELS } from './levels';
import { INDICATORS } from './plan';
import { VIEW_IDS, type ViewId } from './view-facts';

export interface LinkParams {
  commune: string | null;
  tab: string | null;
  indicator: IndicatorId | null;
  classes: ClassMethod | null;
  values: boolean;
  agencyPick: string | null;
}

export const EMPTY_LINK_PARAMS: LinkParams = { commune: null, tab: null, indicator: null, classes: null, values: false, agencyPick: null };

const INDICATOR_IDS = new Set<string>([
  'registered:all',
  ...RECOGNITION_LEVELS.map((l) => `registered:${l}`),
  ...INDICATORS.map((i) => `target:${i}`),
  'agencies',
  'coverage-gap',
]);

export function isIndicatorId(value: string): value is IndicatorId {
  return INDICATOR_IDS.has(value);
}

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

export function writeLinkParams(q: URLSearchParams, p: LinkParams): URLSearchParams {
  if (p.commune) q.set('commune', p.commune);
  if (p.tab) q.set('tab', p.tab);
  if (p.indicator) q.set('indicator', p.indicator);
  if (p.classes) q.set('classes', p.classes);
  if (p.values) q.set('values', '1');
  if (p.agencyPick) q.set('agencyPick', p.agencyPick);
  return q;
}

export function readLinkParams(q: URLSearchParams): LinkParams {
  const commune = q.get('commune');
  const tab = q.get('tab');
  const indicator = q.get('indicator');
  const classes = q.get('classes');
  const agencyPick = q.get('agencyPick');
  return {
    commune: commune && /^\d{5}$/.test(commune) ? commune : null,
    tab: tab && /^[a-z][a-z-]{0,30}$/.test(tab) ? tab : null,
    indicator: indicator && isIndicatorId(indicator) ? indicator : null,
    classes: classes && (CLASS_METHODS as readonly string[]).includes(classes) ? (classes as ClassMethod) : null,
    values: q.get('values') === '1',
    agencyPick: agencyPick && agencyPick.length <= 200 ? agencyPick : null,
  };
}
