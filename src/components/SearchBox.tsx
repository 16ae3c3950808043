/** Combobox search over districts and communes; keyboard: ↑ ↓ to move, Enter to pick, Esc to close. */
import { useMemo, useState } from 'react';
import { buildSearchIndex, searchUnits, type SearchEntry } from '../domain/search';
import { useAppStore } from '../state/store';
import { selectModel, selectT } from '../state/selectors';

export function SearchBox() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const index = useMemo(() => (model ? buildSearchIndex(model) : []), [model]);
  const results = useMemo(() => searchUnits(index, query, 8), [index, query]);

  const pick = (e: SearchEntry) => {
    useAppStore.getState().selectDistrict(e.districtCode, { zoom: true, commune: e.kind === 'commune' ? e.code : null });
    useAppStore.getState().setTab('overview');
    setQuery('');
    setOpen(false);
  };
  const districtName = (code: string) => model?.districts.find((d) => d.code === code)?.name ?? '';

  return (
    <div className="search" role="search">
      <label htmlFor="unit-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="unit-search"
        type="search"
        role="combobox"
        aria-expanded={open && query !== ''}
        aria-controls="unit-search-results"
        aria-activedescendant={open && results[active] ? `search-${results[active].code}` : undefined}
        autoComplete="off"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
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
              key={r.code}
              id={`search-${r.code}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
            >
              <strong>{r.name}</strong>
              <span className="muted small"> {r.kind === 'district' ? t('search.district') : t('search.commune', { district: districtName(r.districtCode) })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
