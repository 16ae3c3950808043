/** The plan's records as shown in the area panel: targets with progress, registrations, tasks. */
import { formatQuantity } from '../domain/quantity';
import { canonicalAgency } from '../domain/agencies';
import { targetNoteText } from '../domain/history-tables';
import { foldDiacritics } from '../domain/names';
import type { ProvinceModel, WithUnit } from '../domain/model';
import type { RegistrationRecord, TargetRecord, TaskRecord } from '../domain/plan';
import { targetProgress } from '../domain/progress';
import { formatDate, formatPercent, type MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectT } from '../state/selectors';

import { Collapsible, Empty, LevelBadge, SourceNote } from './parts';

export function TargetItem({ target }: { target: TargetRecord }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const p = targetProgress(target);
  return (
    <li className="target" data-target-id={target.id}>
      <div className="target-label">
        {target.label} <span className="muted">({target.periodStart ? `${target.periodStart}–${target.year}` : target.year})</span>
      </div>
      <div className="target-figures">
        {target.planned !== undefined &&
          (target.periodStart ? (
            <span>{t('progress.plannedPeriod', { from: String(target.periodStart), to: String(target.year), value: formatQuantity(target.planned) })}</span>
          ) : (
            <span>{t('progress.planned', { value: formatQuantity(target.planned) })}</span>
          ))}
        {p?.baseline !== undefined &&
          (target.periodStart ? (
            <span>{t('progress.baselinePeriod', { from: String(target.periodStart), value: p.baseline })}</span>
          ) : (
            <span>{t('progress.baseline', { value: p.baseline })}</span>
          ))}
        {p &&
          (p.of ? (
            <span>{t('progress.targetOf', { value: p.target, of: p.of, share: formatPercent(p.targetShare ?? 0, language) })}</span>
          ) : (
            <span>{t('progress.target', { value: p.target })}</span>
          ))}
        {!p && target.cumulative && <span>{t('progress.target', { value: formatQuantity(target.cumulative.value) })}</span>}
        {!p && target.planned === undefined && target.note && <span>{targetNoteText(target.note, t)}</span>}
      </div>
      {p?.of && (
        <div className="progress" role="img" aria-label={`${p.baseline ?? 0} → ${p.target} / ${p.of}`}>
          <div className="progress-target" style={{ width: `${Math.min(100, (p.targetShare ?? 0) * 100)}%` }} />
          {p.baselineShare !== undefined && <div className="progress-baseline" style={{ width: `${Math.min(100, p.baselineShare * 100)}%` }} />}
        </div>
      )}
      {target.note && (p || target.planned !== undefined) && <div className="muted small">{targetNoteText(target.note, t)}</div>}
      <SourceNote source={target.source} />
    </li>
  );
}

export function RegistrationRow({ r, model, showDistrict }: { r: WithUnit<RegistrationRecord>; model: ProvinceModel; showDistrict: boolean }) {
  const t = useAppStore(selectT);
  const focused = useAppStore((s) => s.focusedCommune);
  const language = useAppStore((s) => s.language);
  const unit = r.resolved.code ? [...model.communes, ...model.districts].find((u) => u.code === r.resolved.code) : undefined;
  const district = r.resolved.districtCode && r.unit.tier === 'commune' ? model.districts.find((d) => d.code === r.resolved.districtCode) : undefined;
  return (
    <tr data-registration-id={r.id} className={focused && focused === r.resolved.code ? 'focused' : undefined}>
      <td>
        {unit?.name ?? r.unit.name}
        {!unit && <span className="warn"> ⚠</span>}
        {showDistrict && district && <div className="muted small">{district.name}</div>}
      </td>
      <td>
        <LevelBadge level={r.targetLevel} />
      </td>
      <td>
        {r.targetYear}
        <div className="muted small">{t(`status.${r.status}` as MessageKey)}</div>
      </td>
      <td>{r.agency ? canonicalAgency(r.agency) : '—'}</td>
      <td className="small">
        {r.deadlines.map((d) => (
          <div key={d.step + d.text}>
            {d.due ? formatDate(d.due, language) : d.text}: {d.step}
          </div>
        ))}
        <SourceNote source={r.source} />
      </td>
    </tr>
  );
}

export function RegistrationTable({ regs, model, showDistrict }: { regs: WithUnit<RegistrationRecord>[]; model: ProvinceModel; showDistrict: boolean }) {
  const t = useAppStore(selectT);
  if (regs.length === 0) return <Empty />;
  const sorted = [...regs].sort((a, b) => a.targetYear - b.targetYear || a.targetLevel.localeCompare(b.targetLevel));
  return (
    <table className="data registrations">
      <thead>
        <tr>
          <th>{t('col.unit')}</th>
          <th>{t('col.targetLevel')}</th>
          <th>{t('col.targetYear')}</th>
          <th>{t('col.agency')}</th>
          <th>{t('col.deadlines')}</th>
        </tr>
      </thead>
      <tbody>
        <Collapsible items={sorted} limit={12} render={(r) => <RegistrationRow key={r.id} r={r} model={model} showDistrict={showDistrict} />} />
      </tbody>
    </table>
  );
}

export function TaskList({ tasks }: { tasks: TaskRecord[] }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  if (tasks.length === 0) return <Empty />;
  return (
    <ul className="tasks">
      <Collapsible
        items={tasks}
        limit={8}
        render={(task) => (
          <li key={task.id} data-task-id={task.id}>
            <div>{task.content}</div>
            <div className="small">
              <strong>{t('col.lead')}:</strong> {task.lead.join('; ')}
              {task.coordinating.length > 0 && (
                <>
                  {' · '}
                  <strong>{t('col.coordinating')}:</strong> {task.coordinating.join('; ')}
                </>
              )}
            </div>
            {task.deadline && (
              <div className="small">
                <strong>{t('col.deadline')}:</strong> {task.deadline.text}
                {task.deadline.due && ` (${formatDate(task.deadline.due, language)})`}
              </div>
            )}
            <SourceNote source={task.source} />
          </li>
        )}
      />
    </ul>
  );
}

/** Tasks whose text names the district ("huyện Yên Mô"). */
export function tasksMentioning(tasks: TaskRecord[], districtName: string): TaskRecord[] {
  const short = foldDiacritics(districtName.replace(/^(Huyện|Thành phố|Thị xã|Quận) /, ''));
  const re = new RegExp(`\\b${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  return tasks.filter((task) => re.test(foldDiacritics([task.content, ...task.lead, ...task.coordinating].join(' '))));
}

/** The commune picked in search: its name, and whether the plan says anything about it. */
