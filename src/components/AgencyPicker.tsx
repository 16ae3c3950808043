/**
 * Pick an agency: a searchable list (with or without diacritics) of the agencies responsible for a district or
 * commune of the province, with their counts, most first; agencies the plan gives tasks but no area are under a
 * separate "no area named" heading, folded unless the search finds only them or there is nothing else
 * (domain/agency-pick.ts). Props only.
 */
import { useMemo, useState } from 'react';
import { agencyGroups, searchAgencies, type AgencyEntry } from '../domain/agency-pick';
import type { Translate } from '../i18n/i18n';

function Options({
  t,
  entries,
  picked,
  onPick,
  label,
}: {
  t: Translate;
  entries: readonly AgencyEntry[];
  picked: string | null;
  onPick: (key: string | null) => void;
  label: string;
}) {
  return (
    <ul role="listbox" aria-label={label}>
      {entries.map((a) => (
        <li
          key={a.key}
          role="option"
          aria-selected={a.key === picked}
          data-agency={a.key}
          className={a.key === picked ? 'active' : undefined}
          onClick={() => onPick(a.key === picked ? null : a.key)}
        >
          <span>{a.name}</span>{' '}
          <span className="muted small">
            {a.districts.length + a.communes.length > 0 ? t('agency.pick.units', { districts: a.districts.length, communes: a.communes.length }) : ''}
            {a.districts.length + a.communes.length > 0 && a.taskCount > 0 ? ' · ' : ''}
            {a.taskCount > 0 ? t('agency.pick.taskCount', { count: a.taskCount }) : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

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
  const { withArea, noArea } = useMemo(() => agencyGroups(searchAgencies(agencies, query)), [agencies, query]);
  const pickedWithoutArea = noArea.some((a) => a.key === picked);
  return (
    <section className="agency-picker" aria-label={t('agency.pick')}>
      <input
        type="search"
        placeholder={t('agency.pick.search')}
        aria-label={t('agency.pick.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {withArea.length > 0 && <Options t={t} entries={withArea} picked={picked} onPick={onPick} label={t('agency.pick')} />}
      {noArea.length > 0 && (
        <details className="agency-no-area" open={withArea.length === 0 || pickedWithoutArea || undefined}>
          <summary>{t('agency.pick.noArea', { count: noArea.length })}</summary>
          <Options t={t} entries={noArea} picked={picked} onPick={onPick} label={t('agency.pick.noArea', { count: noArea.length })} />
        </details>
      )}
      {withArea.length + noArea.length === 0 && <p className="muted small">{t('agency.pick.noMatch')}</p>}
    </section>
  );
}
