/** Pick an agency: a searchable list with each agency's district and commune counts (domain/agency-pick.ts). Props only. */
import { useMemo, useState } from 'react';
import { searchAgencies, type AgencyEntry } from '../domain/agency-pick';
import type { Translate } from '../i18n/i18n';

export function AgencyPicker({
  t,
  agencies,
  picked,
  onPick,
}: {
  t: Translate;
  agencies: readonly AgencyEntry[];
  picked: string | null;
  onPick: (key: string | null) => void;
}) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchAgencies(agencies, query), [agencies, query]);
  return (
    <section className="agency-picker" aria-label={t('agency.pick')}>
      <input
        type="search"
        placeholder={t('agency.pick.search')}
        aria-label={t('agency.pick.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul role="listbox" aria-label={t('agency.pick')}>
        {shown.map((a) => (
          <li
            key={a.key}
            role="option"
            aria-selected={a.key === picked}
            data-agency={a.key}
            className={a.key === picked ? 'active' : undefined}
            onClick={() => onPick(a.key === picked ? null : a.key)}
          >
            <span>{a.name}</span> <span className="muted small">{t('agency.pick.units', { districts: a.districts.length, communes: a.communes.length })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
