/**
 * The picked agency's work in the side panel (issue 15 §4): the districts and communes it is responsible for
 * (the ones lit on the map) and its tasks, lead or coordinating, with their source (domain/agency-pick.ts).
 */
import { agencyWork } from '../domain/agency-pick';
import type { ProvinceModel } from '../domain/model';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectT } from '../state/selectors';
import { TaskList } from './PlanItems';
import { Section } from './parts';

export function AgencyWorkPanel({ model }: { model: ProvinceModel }) {
  const t = useAppStore(selectT);
  const view = useSettled((s) => s.view);
  const picked = useSettled((s) => s.agencyPick);
  if (view !== 'agency' || !picked) return null;
  const work = agencyWork(model, picked);
  const name = (code: string) => model.districts.find((d) => d.code === code)?.name ?? model.communes.find((c) => c.code === code)?.name ?? code;
  const go = (code: string) => useAppStore.getState().selectDistrict(code, { zoom: true });
  return (
    <section className="agency-work" data-agency={picked}>
      <h2>{work.entry.name}</h2>
      <p className="small muted">{t('agency.pick.units', { districts: work.entry.districts.length, communes: work.entry.communes.length })}</p>
      {work.entry.districts.length > 0 && (
        <ul className="plain agency-districts">
          {work.entry.districts.map((code) => (
            <li key={code}>
              <button type="button" className="link" onClick={() => go(code)}>
                {name(code)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {work.entry.communes.length > 0 && <p className="small">{work.entry.communes.map(name).join(', ')}</p>}
      <Section title={t('agency.pick.tasks', { agency: work.entry.name })}>
        <TaskList tasks={work.tasks.map((x) => x.task)} />
      </Section>
    </section>
  );
}
