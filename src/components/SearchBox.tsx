/**
 * Combobox search over every province's units and the plans' agencies (issue 15 §8), labelled
 * "Xã X — Huyện Y, Tỉnh Z". The index (public/generated/search-index.json) is loaded on first focus; until then,
 * and offline without it, the open province's own districts and communes are searched.
 * Keyboard: ↑ ↓ to move, Enter to pick, Esc to close.
 */
import { useMemo, useState } from 'react';
import { fetchSearchIndex } from '../data/load';
import { agencyKey } from '../domain/agencies';
import type { ProvinceModel } from '../domain/model';
import { searchAll, searchEntries, unitLabel, type GlobalEntry } from '../domain/search-all';
import { buildSearchIndex, searchUnits } from '../domain/search';
import { useAppStore } from '../state/store';
import { selectModel, selectShared, selectT } from '../state/selectors';

/** The open province's own units as global entries (before the index is in), made on the first search of each model. */
const localOf = new WeakMap<ProvinceModel, GlobalEntry[]>();
function localEntries(model: ProvinceModel): GlobalEntry[] {
  let entries = localOf.get(model);
  if (!entries) localOf.set(model, (entries = makeLocalEntries(model)));
  return entries;
}

function makeLocalEntries(model: ProvinceModel): GlobalEntry[] {
  const districtName = (code: string) => model.districts.find((d) => d.code === code)?.name ?? null;
  return buildSearchIndex(model).map((e) => ({
    kind: e.kind,
    id: e.code,
    name: e.name,
    provinceCode: model.province.code,
    districtCode: e.districtCode,
    label: unitLabel(e.name, e.kind === 'commune' ? districtName(e.districtCode) : null, model.province.name),
    key: e.code,
  }));
}

/** Opens what a result names: its province if another, then the district (and commune) or the agency. */
export async function openEntry(e: GlobalEntry): Promise<void> {
  const store = useAppStore.getState();
  const entry = store.provinces.find((p) => p.code === e.provinceCode);
  if (!entry) return;
  if (entry.slug !== store.provinceSlug) {
    const shared = selectShared(useAppStore.getState());
    await store.selectProvince(entry.slug, {
      ...shared,
      province: entry.slug,
      year: null,
      district: e.districtCode,
      levels: [],
      registrationYear: null,
      agency: null,
      view: e.kind === 'agency' ? 'agency' : shared.view,
      link: { ...shared.link, commune: e.kind === 'commune' ? e.id : null, agencyPick: null, tab: 'overview' },
    });
  }
  const s = useAppStore.getState();
  if (e.kind === 'agency') {
    s.setView('agency');
    s.setAgencyPick(agencyKey(e.name));
  } else if (e.kind !== 'province' && e.districtCode) {
    s.selectDistrict(e.districtCode, { zoom: true, commune: e.kind === 'commune' ? e.id : null });
    s.setTab('overview');
  }
}

export function SearchBox() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [global, setGlobal] = useState<GlobalEntry[] | null>(null);
  // Nothing is indexed before the first search (the heap after load, issue 19).
  const results = useMemo(() => {
    if (global) return searchAll(global, query, { limit: 10, preferProvince: model?.province.code });
    if (!model || !query.trim()) return [];
    const hits = new Set(searchUnits(buildSearchIndex(model), query, 8).map((h) => h.code));
    return localEntries(model).filter((e) => hits.has(e.id));
  }, [global, model, query]);

  const load = () => {
    if (global) return;
    fetchSearchIndex()
      .then((file) => setGlobal(searchEntries(file)))
      .catch(() => undefined);
  };
  const pick = (e: GlobalEntry) => {
    void openEntry(e);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="search" role="search">
      <label htmlFor="unit-search" className="visually-hidden">
        {t('search.allProvinces')}
      </label>
      <input
        id="unit-search"
        type="search"
        role="combobox"
        aria-expanded={open && query !== ''}
        aria-controls="unit-search-results"
        aria-activedescendant={open && results[active] ? `search-${results[active].id}` : undefined}
        autoComplete="off"
        placeholder={t('search.placeholder')}
        title={t('search.allProvinces')}
        value={query}
        onFocus={load}
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            pick(results[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && query !== '' && (
        <ul id="unit-search-results" role="listbox" className="search-results">
          {results.length === 0 && <li className="muted">{t('search.none')}</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`search-${r.id}`}
              role="option"
              data-kind={r.kind}
              data-code={r.id}
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
            >
              {r.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
