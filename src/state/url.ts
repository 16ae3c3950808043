/** The shareable part of the app state, to and from the URL query string. */
import type { Tier } from '../domain/units';
import type { LevelState } from '../domain/levels';
import { LEGEND_LEVELS } from '../domain/levels';
import { MAP_VIEWS, type MapView } from '../domain/views';
import type { Language } from '../i18n/i18n';
import { isRealDate } from '../domain/dates';
import { EMPTY_LINK_PARAMS, readLinkParams, writeLinkParams, type LinkParams } from '../domain/link-params';

export interface SharedState {
  province: string | null;
  /** null: the link names no view (a province link opens its most informative view, domain/first-sight.ts). */
  view: MapView | null;
  year: number | null;
  district: string | null;
  levels: LevelState[];
  registrationYear: number | null;
  agency: string | null;
  asOf: string | null;
  language: Language;
  presenting: boolean;
  tier: Tier;
  /** Units valid on this date (null: the plan's own units). */
  unitsAsOf: string | null;
  /** Issue 15: the focused commune, the panel tab, the indicator and its classes, printed values, the picked agency. */
  link: LinkParams;
}

export const DEFAULT_SHARED: SharedState = {
  province: null,
  view: null,
  year: null,
  district: null,
  levels: [],
  registrationYear: null,
  agency: null,
  asOf: null,
  language: 'vi',
  presenting: false,
  tier: 'district',
  unitsAsOf: null,
  link: EMPTY_LINK_PARAMS,
};

export function toQuery(s: SharedState): string {
  const q = new URLSearchParams();
  if (s.province) q.set('province', s.province);
  if (s.view) q.set('view', s.view);
  if (s.year) q.set('year', String(s.year));
  if (s.district) q.set('district', s.district);
  if (s.levels.length) q.set('levels', s.levels.join(','));
  if (s.registrationYear) q.set('regYear', String(s.registrationYear));
  if (s.agency) q.set('agency', s.agency);
  if (s.asOf) q.set('asOf', s.asOf);
  if (s.language !== 'vi') q.set('lang', s.language);
  if (s.presenting) q.set('present', '1');
  if (s.tier === 'commune') q.set('tier', 'commune');
  if (s.unitsAsOf) q.set('units', s.unitsAsOf);
  writeLinkParams(q, s.link);
  const text = q.toString();
  return text ? `?${text}` : '';
}

function int(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

function isoDate(value: string | null): string | null {
  return value && isRealDate(value) ? value : null;
}

/** Reads a query string; anything malformed falls back to the default rather than failing. */
export function fromQuery(search: string): SharedState {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  const asOf = q.get('asOf');
  const district = q.get('district');
  return {
    province: q.get('province') || null,
    view: (MAP_VIEWS as readonly string[]).includes(view ?? '') ? (view as MapView) : null,
    year: int(q.get('year')),
    district: district && /^\d{3}$/.test(district) ? district : null,
    levels: (q.get('levels') ?? '').split(',').filter((l): l is LevelState => (LEGEND_LEVELS as readonly string[]).includes(l)),
    registrationYear: int(q.get('regYear')),
    agency: q.get('agency') || null,
    asOf: isoDate(asOf),
    language: q.get('lang') === 'en' ? 'en' : 'vi',
    presenting: q.get('present') === '1',
    tier: q.get('tier') === 'commune' ? 'commune' : 'district',
    unitsAsOf: isoDate(q.get('units')),
    link: readLinkParams(q),
  };
}

const KNOWN_PARAMS = [
  'province',
  'view',
  'year',
  'district',
  'levels',
  'regYear',
  'agency',
  'asOf',
  'lang',
  'present',
  'tier',
  'units',
  'commune',
  'tab',
  'indicator',
  'classes',
  'values',
  'agencyPick',
];

/**
 * The parameters of a query string that fromQuery could not use (unknown names, malformed values), as
 * "name=value" for a notice. Whether the province and district exist is checked against the data elsewhere.
 */
export function ignoredParams(search: string): string[] {
  const q = new URLSearchParams(search);
  const read = fromQuery(search);
  const ignored: string[] = [];
  for (const [name, value] of q) {
    const used = ((): boolean => {
      switch (name) {
        case 'province':
        case 'agency':
          return value !== '';
        case 'view':
          return read.view === value;
        case 'year':
          return read.year !== null;
        case 'regYear':
          return read.registrationYear !== null;
        case 'district':
          return read.district === value;
        case 'levels':
          return value.split(',').every((l) => (read.levels as string[]).includes(l));
        case 'asOf':
          return read.asOf === value;
        case 'units':
          return read.unitsAsOf === value;
        case 'lang':
          return value === 'vi' || value === 'en';
        case 'present':
          return value === '1' || value === '0';
        case 'tier':
          return value === 'commune' || value === 'district';
        case 'commune':
          return read.link.commune === value;
        case 'tab':
          return read.link.tab === value;
        case 'indicator':
          return read.link.indicator === value;
        case 'classes':
          return read.link.classes === value;
        case 'values':
          return value === '1' || value === '0';
        case 'agencyPick':
          return read.link.agencyPick === value;
        default:
          return false;
      }
    })();
    if (!used) ignored.push(KNOWN_PARAMS.includes(name) ? `${name}=${value}` : name);
  }
  return ignored;
}
