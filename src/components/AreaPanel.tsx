/** Side panel for the province or the selected district: level, targets, registrations, agencies, tasks, budget, data report. */
import { canonicalAgency } from '../domain/agencies';
import { targetNoteText } from '../domain/history-tables';
import { foldDiacritics } from '../domain/names';
import type { ProvinceModel, WithUnit } from '../domain/model';
import type { RegistrationRecord, TargetRecord, TaskRecord } from '../domain/plan';
import { targetProgress } from '../domain/progress';
import { agenciesOfDistrict, communeStatuses, districtStatus, registrationsInDistrict, targetsOfDistrict } from '../domain/views';
import { formatDate, formatNumber, formatPercent, type MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';

import { Collapsible, Empty, ExportButtons, LevelBadge, Section, SourceNote } from './parts';
import { DataReport } from './DataReport';
import { EditUnitForm } from './EditUnitForm';
import { CommuneList } from './CommuneList';
import { RearrangedNote } from './RearrangedNote';

function TargetItem({ target }: { target: TargetRecord }) {
  const t = useAppStore((s) => s.t);
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
            <span>{t('progress.plannedPeriod', { from: String(target.periodStart), to: String(target.year), value: target.planned })}</span>
          ) : (
            <span>{t('progress.planned', { value: target.planned })}</span>
          ))}
        {p?.baseline !== undefined &&
          (target.periodStart ? (
            <span>{t('progress.baselinePeriod', { from: String(target.periodStart), value: p.baseline })}</span>
          ) : (
            <span>{t('progress.baseline', { value: p.baseline })}</span>
          ))}
        {p && (p.of ? <span>{t('progress.targetOf', { value: p.target, of: p.of, share: formatPercent(p.targetShare ?? 0, language) })}</span> : <span>{t('progress.target', { value: p.target })}</span>)}
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

function RegistrationRow({ r, model, showDistrict }: { r: WithUnit<RegistrationRecord>; model: ProvinceModel; showDistrict: boolean }) {
  const t = useAppStore((s) => s.t);
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

function RegistrationTable({ regs, model, showDistrict }: { regs: WithUnit<RegistrationRecord>[]; model: ProvinceModel; showDistrict: boolean }) {
  const t = useAppStore((s) => s.t);
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

function TaskList({ tasks }: { tasks: TaskRecord[] }) {
  const t = useAppStore((s) => s.t);
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
function tasksMentioning(tasks: TaskRecord[], districtName: string): TaskRecord[] {
  const short = foldDiacritics(districtName.replace(/^(Huyện|Thành phố|Thị xã|Quận) /, ''));
  const re = new RegExp(`\\b${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  return tasks.filter((task) => re.test(foldDiacritics([task.content, ...task.lead, ...task.coordinating].join(' '))));
}

/** The commune picked in search: its name, and whether the plan says anything about it. */
function FocusedCommune({ model }: { model: ProvinceModel }) {
  const t = useAppStore((s) => s.t);
  const code = useAppStore((s) => s.focusedCommune);
  if (!code) return null;
  const commune = model.communes.find((c) => c.code === code);
  if (!commune) return null;
  const regs = model.registrations.filter((r) => r.resolved.code === code);
  const statuses = model.statuses.filter((s) => s.resolved.code === code);
  const criteria = model.criteria.find((c) => c.code === code);
  return (
    <div className="focused-commune" data-commune={code}>
      <strong>{commune.name}</strong>
      {criteria && (
        <span className="small">
          {' '}
          · {t('col.criteria')}: {criteria.met}/{criteria.total}
        </span>
      )}
      {regs.length === 0 && statuses.length === 0 ? (
        <span className="muted"> — {t('panel.empty')}</span>
      ) : (
        <ul className="plain">
          {statuses.map((s) => (
            <li key={s.id}>
              {t('panel.level')}: <LevelBadge level={s.level} />
            </li>
          ))}
          {regs.map((r) => (
            <li key={r.id}>
              <LevelBadge level={r.targetLevel} /> {r.targetYear} · {t(`status.${r.status}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
      <EditUnitForm unit={commune} />
    </div>
  );
}

function DistrictPanel({ model, code }: { model: ProvinceModel; code: string }) {
  const t = useAppStore((s) => s.t);
  const { selectDistrict } = useAppStore.getState();
  const district = model.districts.find((d) => d.code === code);
  if (!district) return null;
  const status = districtStatus(model, code);
  const targets = targetsOfDistrict(model, code);
  const regs = registrationsInDistrict(model, code);
  const agencies = agenciesOfDistrict(model, code);
  const communeLevels = communeStatuses(model, code);
  return (
    <div className="area-panel" data-district={code}>
      <button type="button" className="link" onClick={() => selectDistrict(null)}>
        {t('panel.backToProvince')}
      </button>
      <h2 id="panel-title">{district.name}</h2>
      <RearrangedNote code={code} />
      <FocusedCommune model={model} />
      <Section title={t('panel.level')}>
        <p>
          <LevelBadge level={status.level} />
        </p>
        <EditUnitForm unit={district} />
        {status.record?.note && <p className="small">{status.record.note}</p>}
        {status.record && <SourceNote source={status.record.source} />}
        {communeLevels.map((s) => (
          <p key={s.id} className="small">
            {s.unit.name}: <LevelBadge level={s.level} /> <SourceNote source={s.source} />
          </p>
        ))}
      </Section>
      <Section title={t('panel.targets')} actions={targets.length ? <ExportButtons model={model} table="targets" districtCode={code} /> : undefined}>
        {targets.length ? (
          <ul className="targets">
            {targets.map((x) => (
              <TargetItem key={x.id} target={x} />
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Section>
      <Section title={t('panel.registrations')} actions={regs.length ? <ExportButtons model={model} table="registrations" districtCode={code} /> : undefined}>
        <RegistrationTable regs={regs} model={model} showDistrict={false} />
      </Section>
      <Section title={t('panel.agencies')}>
        {agencies.length ? (
          <ul className="agencies">
            {agencies.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Section>
      <Section title={t('panel.tasks')}>
        <TaskList tasks={tasksMentioning(model.tasks, district.name)} />
      </Section>
    </div>
  );
}

function ProvincePanel({ model }: { model: ProvinceModel }) {
  const t = useAppStore((s) => s.t);
  const language = useAppStore((s) => s.language);
  const doc = model.plan.document;
  const targets = model.targets.filter((x) => x.scope === 'province');
  const hasPlan = doc.file !== '';
  return (
    <div className="area-panel" data-district="">
      <h2 id="panel-title">{model.province.name}</h2>
      <RearrangedNote code={null} />
      {hasPlan ? (
        <p className="small muted">{t('panel.document', { title: doc.title, issuer: doc.issuer, issued: doc.issued })}</p>
      ) : (
        <p className="notice">{t('panel.noPlan')}</p>
      )}
      <Section title={t('panel.targets')} actions={model.targets.length ? <ExportButtons model={model} table="targets" /> : undefined}>
        {targets.length ? (
          <ul className="targets">
            {targets.map((x) => (
              <TargetItem key={x.id} target={x} />
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Section>
      <Section title={t('panel.registrations')} actions={model.registrations.length ? <ExportButtons model={model} table="registrations" /> : undefined}>
        <RegistrationTable regs={model.registrations} model={model} showDistrict />
      </Section>
      <Section title={t('panel.tasks')} actions={model.tasks.length ? <ExportButtons model={model} table="tasks" /> : undefined}>
        <TaskList tasks={model.tasks} />
      </Section>
      {model.agencyAssignments.length > 0 && (
        <Section title={t('panel.agencies')} actions={<ExportButtons model={model} table="agencies" />}>
          <ul className="agencies">
            <Collapsible
              items={model.agencyAssignments}
              limit={10}
              render={(a) => (
                <li key={a.id}>
                  {a.unit.name}: {canonicalAgency(a.agency)}
                </li>
              )}
            />
          </ul>
        </Section>
      )}
      {model.budget.length > 0 && (
        <Section title={t('panel.budget')} actions={<ExportButtons model={model} table="budget" />}>
          <table className="data budget">
            <thead>
              <tr>
                <th>{t('col.label')}</th>
                <th className="num">{t('col.amount')}</th>
                <th className="num">{t('col.share')}</th>
              </tr>
            </thead>
            <tbody>
              {model.budget.map((b) => (
                <tr key={b.id} className={b.parentId ? 'child' : 'parent'}>
                  <td>
                    {b.label}
                    {b.note && <div className="muted small">{b.note}</div>}
                  </td>
                  <td className="num">{formatNumber(b.amountBillionVnd, language)} {t('budget.unit')}</td>
                  <td className="num">{b.sharePercent !== undefined ? `${formatNumber(b.sharePercent, language)}%` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      {hasPlan && <DataReport model={model} />}
    </div>
  );
}

export function AreaPanel() {
  const model = useAppStore((s) => s.model);
  const tier = useAppStore((s) => s.tier);
  const communeBoundaries = useAppStore((s) => s.communeBoundaries);
  const selected = useAppStore((s) => s.selectedDistrict);
  const t = useAppStore((s) => s.t);
  const { selectDistrict } = useAppStore.getState();
  if (!model) return null;
  return (
    <>
      <label className="district-picker">
        <span>{t('col.district')}</span>
        <select id="district-picker" value={selected ?? ''} onChange={(e) => selectDistrict(e.target.value || null)}>
          <option value="">{t('panel.province')}</option>
          {model.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {tier === 'commune' && !communeBoundaries && <CommuneList />}
      {selected ? <DistrictPanel model={model} code={selected} /> : <ProvincePanel model={model} />}
    </>
  );
}
