/** Legend of the map from 1 July 2025: the new province's outline and the old provinces forming it. */
import { useAppStore } from '../state/store';
import { selectT } from '../state/selectors';
import { LEVEL_COLORS, REFORM_COLORS } from '../ui/scale';
import { Swatch } from './parts';
import { Communes2025Legend } from './Communes2025Legend';
import { selectProvince2025 } from '../state/province-choices';

export function NewUnitsLegend() {
  const t = useAppStore(selectT);
  const history = useAppStore((s) => s.history);
  const polygons = useAppStore((s) => s.newCommuneBoundaries);
  const communes2025 = useAppStore((s) => (s.newCommuneBoundaries ? null : selectProvince2025(s)));
  // The 2025 province's name: from its history, or (opened by itself, no pre-2025 files) from its 2025 files.
  const name = history?.newProvince.name ?? communes2025?.model.province.name;
  if (!name) return null;
  // Today's communes drawn: their colours and counts, the new province's outline (the old provinces lie under them).
  if (communes2025)
    return (
      <section className="legend" aria-label={t('legend.title')}>
        <h2>{name}</h2>
        <Communes2025Legend />
        <ul>
          <li data-category="outline">
            <Swatch color={REFORM_COLORS.outline} outline />
            <span className="legend-label">{t('newUnits.legend.outline')}</span>
          </li>
        </ul>
      </section>
    );
  if (!history) return null;
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2>{history.newProvince.name}</h2>
      <ul>
        <li data-category="seed">
          <Swatch color={REFORM_COLORS.seed} />
          <span className="legend-label">{t('newUnits.legend.seed')}</span>
        </li>
        <li data-category="other">
          <Swatch color={REFORM_COLORS.other} />
          <span className="legend-label">{t('newUnits.legend.other')}</span>
        </li>
        <li data-category="outline">
          <Swatch color={REFORM_COLORS.outline} outline />
          <span className="legend-label">{t('newUnits.legend.outline')}</span>
        </li>
      </ul>
      {polygons && (
        <>
          <h3 className="small">{t('newUnits.legend.communes')}</h3>
          <ul>
            {(['ntm', 'ntm-advanced', 'ntm-model', 'no-data'] as const).map((level) => (
              <li key={level} data-category={`new-${level}`}>
                <Swatch color={LEVEL_COLORS[level]} hatched={level === 'no-data'} />
                <span className="legend-label">{t(`level.${level}`)}</span>
              </li>
            ))}
            <li data-category="partial">
              <Swatch color="#ffffff" hatched />
              <span className="legend-label">{t('newUnits.legend.partial')}</span>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
