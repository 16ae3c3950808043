import { LEGEND_LEVELS } from '../domain/levels';
import { districtCategories, provinceAgencies, SEVERAL_AGENCIES } from '../domain/views';
import type { MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { agencyColor, LEVEL_COLORS, NO_DATA_COLOR, SEVERAL_AGENCIES_COLOR } from '../ui/palette';
import { nameKey } from '../domain/names';

interface Entry {
  key: string;
  color: string;
  label: string;
  count: number;
}

export function Legend() {
  const t = useAppStore((s) => s.t);
  const model = useAppStore((s) => s.model);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  if (!model) return null;
  const categories = [...districtCategories(model, view, year).values()];
  const count = (key: string) => categories.filter((c) => c === key).length;
  const noDataLabel = view === 'registration' ? t('registration.no-data') : view === 'agency' ? t('agency.no-data') : t('level.no-data');

  let entries: Entry[];
  if (view === 'agency') {
    entries = provinceAgencies(model).map((a, i) => ({ key: a.key, color: agencyColor(i), label: a.name, count: count(`agency:${nameKey(a.name)}`) }));
    entries = entries.filter((e) => e.count > 0);
    if (count(SEVERAL_AGENCIES)) entries.push({ key: SEVERAL_AGENCIES, color: SEVERAL_AGENCIES_COLOR, label: t('agency.several'), count: count(SEVERAL_AGENCIES) });
  } else {
    entries = LEGEND_LEVELS.filter((l) => l !== 'no-data' && (count(l) > 0 || (l !== 'task-completed' && !(view === 'registration' && l === 'none')))).map((l) => ({
      key: l,
      color: LEVEL_COLORS[l],
      label: t(`level.${l}` as MessageKey),
      count: count(l),
    }));
  }
  entries.push({ key: 'no-data', color: NO_DATA_COLOR, label: noDataLabel, count: count('no-data') });

  const title = view === 'registration' ? t('view.registration', { year: String(year) }) : t(`view.${view}`);
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2>{title}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.key} data-category={e.key}>
            <span className={`swatch${e.key === 'no-data' ? ' hatched' : ''}`} style={{ background: e.color }} aria-hidden="true" />
            <span className="legend-label">{e.label}</span>
            <span className="legend-count">{t('legend.count', { count: e.count })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
