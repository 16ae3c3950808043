/**
 * "On the map": the facts of the selected district under the current view, in the panel's words (ui/area-facts.ts,
 * shared with the presentation card). The map colours the district from exactly these facts, so the colour and
 * this list agree.
 */
import type { ProvinceModel } from '../domain/model';
import { formatDate } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectMapLegend, selectT } from '../state/selectors';
import { areaFacts } from '../ui/area-facts';

export function ViewFacts({ model, code }: { model: ProvinceModel; code: string }) {
  const t = useAppStore(selectT);
  const view = useSettled((s) => s.view);
  const year = useSettled((s) => s.year);
  const language = useAppStore((s) => s.language);
  const agencyPick = useSettled((s) => s.agencyPick);
  const legend = useSettled(selectMapLegend);
  if (!legend) return null;
  const facts = areaFacts(model, legend, { view, year, agencyPick }, code, t, (iso) => formatDate(iso, language));
  return (
    <section className="view-facts" data-view={view} data-year={year} data-category={facts.category}>
      <h3>
        <span className={`swatch${facts.category === 'no-data' ? ' hatched' : ''}`} style={{ background: facts.colour }} aria-hidden="true" /> {facts.question}
      </h3>
      <p className="view-facts-category">{facts.label}</p>
      <ul className="plain">
        {facts.lines.map((l) => (
          <li key={l.text}>{l.text}</li>
        ))}
      </ul>
    </section>
  );
}
