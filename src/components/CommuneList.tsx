/** The commune view without commune polygons: communes grouped by district, coloured like the map would be. */
import { communeMatches, isFilterActive } from '../domain/filters';
import { compareVi, nameKey } from '../domain/names';
import { provinceAgencies, type Category } from '../domain/views';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectCommuneLegend, selectModel, selectT } from '../state/selectors';
import { categoryText } from '../ui/map-legend';
import { categoryLabel, legendEntries } from '../ui/legend';
import { categoryColor, textColorOn } from '../ui/scale';
import { Swatch } from './parts';

export function CommuneList() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const view = useSettled((s) => s.view);
  const year = useSettled((s) => s.year);
  const filter = useSettled((s) => s.filter);
  // The map's commune categories and colours (ui/map-legend.ts), the agency picked included.
  const communeLegend = useSettled(selectCommuneLegend);
  const selected = useAppStore((s) => s.selectedDistrict);
  const focused = useAppStore((s) => s.focusedCommune);
  if (!model) return null;
  const agencyKeys = provinceAgencies(model).map((a) => nameKey(a.name));
  const entries = legendEntries(model, view, year, t, 'commune');
  const districts = [...model.districts].sort((a, b) => compareVi(a.name, b.name)).filter((d) => !selected || d.code === selected);
  const total = model.communes.length;
  return (
    <section className="commune-list" aria-labelledby="commune-list-title">
      <h3 id="commune-list-title">{t('communes.title', { count: total })}</h3>
      <p className="small muted">{t('communes.hint')}</p>
      {districts.map((d) => {
        const communes = model.communes
          .filter((c) => c.parentCode === d.code && (!isFilterActive(filter) || communeMatches(model, c.code, filter)))
          .sort((a, b) => compareVi(a.name, b.name));
        if (communes.length === 0) return null;
        return (
          <div key={d.code} className="commune-group">
            <h4>{d.name}</h4>
            <ul>
              {communes.map((c) => {
                const category = communeLegend?.categories.get(c.code) ?? 'no-data';
                const color = communeLegend ? communeLegend.colourOf(category) : categoryColor(category as Category, agencyKeys);
                return (
                  <li key={c.code} data-commune={c.code} data-category={category} className={focused === c.code ? 'focused' : undefined}>
                    <button type="button" className="commune-chip" onClick={() => useAppStore.getState().selectDistrict(d.code, { commune: c.code })}>
                      <Swatch color={color} hatched={category === 'no-data'} />
                      <span>{c.name}</span>
                      <span className="chip-label" style={{ background: color, color: textColorOn(color) }}>
                        {communeLegend ? categoryText(communeLegend, c.code) : categoryLabel(category, entries)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
