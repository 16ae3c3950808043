/** Side panel for the province or the selected district: level, targets, registrations, agencies, tasks, budget, data report. */
import { lazy, Suspense } from 'react';
import type { AdminUnit } from '../domain/units';
import { canonicalAgency } from '../domain/agencies';
import type { ProvinceModel } from '../domain/model';
import { agenciesOfDistrict, communeStatuses, districtStatus, registrationsInDistrict, targetsOfDistrict } from '../domain/views';
import { formatNumber, type MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectModel, selectT } from '../state/selectors';

import { Collapsible, Empty, ExportButtons, LevelBadge, Section, SourceNote } from './parts';
import { DataReport } from './DataReport';
import { CommuneList } from './CommuneList';
import { RearrangedNote } from './RearrangedNote';
import { ViewFacts } from './ViewFacts';
import { AgencyWorkPanel } from './AgencyWorkPanel';

// The edit form is shown with a district or commune chosen, not on the first view (issue 19).
const LazyEditUnitForm = lazy(() => import('./EditUnitForm').then((m) => ({ default: m.EditUnitForm })));
function EditUnitForm({ unit }: { unit: AdminUnit }) {
  return (
    <Suspense fallback={null}>
      <LazyEditUnitForm unit={unit} />
    </Suspense>
  );
}

import { RegistrationTable, TaskList, TargetItem, tasksMentioning } from './PlanItems';
function FocusedCommune({ model }: { model: ProvinceModel }) {
  const t = useAppStore(selectT);
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
  const t = useAppStore(selectT);
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
      <ViewFacts model={model} code={code} />
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
  const t = useAppStore(selectT);
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
                  <td className="num">
                    {formatNumber(b.amountBillionVnd, language)} {t('budget.unit')}
                  </td>
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
  const model = useAppStore(selectModel);
  const tier = useAppStore((s) => s.tier);
  const communeBoundaries = useAppStore((s) => s.communeBoundaries);
  const selected = useAppStore((s) => s.selectedDistrict);
  const t = useAppStore(selectT);
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
      {!selected && <AgencyWorkPanel model={model} />}
      {selected ? <DistrictPanel model={model} code={selected} /> : <ProvincePanel model={model} />}
    </>
  );
}
