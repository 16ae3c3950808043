import { useAppStore } from '../state/store';
import { selectModel, selectT } from '../state/selectors';
import { legendEntries, viewTitle } from '../ui/legend';
import { Swatch } from './parts';

export function Legend() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  const tier = useAppStore((s) => s.tier);
  const hasCommunes = useAppStore((s) => Boolean(s.communeBoundaries));
  if (!model) return null;
  const communes = tier === 'commune' && hasCommunes;
  const entries = legendEntries(model, view, year, t, communes ? 'commune' : 'district');
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2>{viewTitle(t, view, year)}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.key} data-category={e.key}>
            <Swatch color={e.color} hatched={e.key === 'no-data'} />
            <span className="legend-label">{e.label}</span>
            <span className="legend-count">{t(communes ? 'legend.countCommunes' : 'legend.count', { count: e.count })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
