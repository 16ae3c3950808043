/**
 * The province map's legend and what sits on the map with it (issue 15): the view's question in words with
 * "shown of total" counts that follow the filters (ViewLegend), or the classes of a numeric indicator
 * (ChoroplethLegend with the indicator picker); the agency picker in the agency view; the title on the map; and,
 * when the view has nothing to show, the empty state with the status-table template.
 */
import { useMemo } from 'react';
import { agencyList } from '../domain/agency-pick';
import type { ClassMethod } from '../domain/classify';
import { emptyState, mapTitleParams } from '../domain/empty-state';
import type { IndicatorId } from '../domain/indicators';
import type { ViewId } from '../domain/view-facts';
import { formatDate, type Language, type MessageKey, type Translate } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectCommuneLegend, selectMapLegend, selectModel, selectT } from '../state/selectors';
import { downloadTable, downloadTableXlsx, tableBuilder } from '../ui/download';
import { viewTitle } from '../ui/legend';
import { AgencyPicker } from './AgencyPicker';
import { ChoroplethLegend } from './ChoroplethLegend';
import { EmptyState } from './EmptyState';
import { MapTitle } from './MapTitle';
import { ViewLegend } from './ViewLegend';
import type { ProvinceModel } from '../domain/model';
import type { AppState } from '../state/types';

/** "Thanh Hóa — Đăng ký năm 2025 — 2025 — đơn vị hành chính tại 01/07/2024": the map's own title (screen, PNG, print). */
export function mapTitleText(s: AppState, model: ProvinceModel, t: Translate): string {
  const unitsAsOf = s.unitsAsOf ? formatDate(s.unitsAsOf, s.language) : '';
  let view = viewTitle(t, s.view, s.year);
  if (s.view === 'indicator') {
    const legend = selectMapLegend(s);
    const info = legend?.choropleth?.indicators.find((i) => i.id === legend.choropleth?.indicator);
    if (info) view = t(info.labelKey as MessageKey, info.labelParams);
  }
  if (s.view === 'agency' && s.agencyPick) view = `${view}: ${agencyList(model).find((a) => a.key === s.agencyPick)?.name ?? s.agencyPick}`;
  const params = mapTitleParams(model, view, s.year, unitsAsOf);
  const text = s.unitsAsOf ? t('map.title', params) : t('map.title.plan', params);
  // The year is already in the view's name for the yearly views: not twice.
  return text.replace(` — ${s.year} — `, view.includes(String(s.year)) ? ' — ' : ` — ${s.year} — `);
}

export async function downloadStatusTemplate(model: ProvinceModel, t: Translate, language: Language, format: 'csv' | 'xlsx'): Promise<void> {
  const table = (await tableBuilder())(model, 'status-template', { t, language });
  const name = `mau-ket-qua-${model.plan.province.slug}`;
  if (format === 'csv') void downloadTable(name, table, 'csv');
  else void downloadTableXlsx(name, table);
}

export function Legend() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const view = useSettled((s) => s.view);
  const year = useSettled((s) => s.year);
  const tier = useAppStore((s) => s.tier);
  const agencyPick = useSettled((s) => s.agencyPick);
  const classMethod = useSettled((s) => s.classMethod);
  const showValues = useSettled((s) => s.showValues);
  const hasCommunes = useAppStore((s) => Boolean(s.communeBoundaries));
  const communes = tier === 'commune' && hasCommunes;
  const legend = useSettled((s) => (communes ? selectCommuneLegend(s) : selectMapLegend(s)));
  const title = useSettled((s) => (model ? mapTitleText(s, model, t) : ''));
  const agencies = useMemo(() => (model && view === 'agency' ? agencyList(model) : []), [model, view]);
  if (!model || !legend) return null;
  const st = useAppStore.getState();
  const empty =
    view === 'indicator' ? (legend.choropleth ? null : emptyState(model, 'targets', year)) : emptyState(model, view as ViewId, year, { agency: agencyPick });
  return (
    <>
      <MapTitle text={title} />
      {empty && !(view === 'agency' && agencyPick) && (
        <EmptyState
          t={t}
          state={empty}
          onTemplate={(format) => void downloadStatusTemplate(model, t, st.language, format)}
          onImport={() => st.setTab('data')}
        />
      )}
      <div className="legend-stack">
        {legend.choropleth ? (
          <section className="legend-choropleth">
            <label className="indicator-pick">
              <span>{t('indicator.pick')}</span>{' '}
              <select id="indicator-picker" value={legend.choropleth.indicator} onChange={(e) => st.setIndicator(e.target.value as IndicatorId)}>
                {legend.choropleth.indicators.map((i) => (
                  <option key={i.id} value={i.id}>
                    {t(i.labelKey as MessageKey, i.labelParams)}
                  </option>
                ))}
              </select>
            </label>
            <ChoroplethLegend
              t={t}
              question={legend.question}
              rows={legend.rows.map((r) => ({ key: r.key, colour: r.colour, label: r.label, count: r.shown, min: null, max: null }))}
              method={classMethod ?? legend.choropleth.method}
              onMethod={(m: ClassMethod) => st.setClassMethod(m)}
              showValues={showValues}
              onShowValues={(on) => st.setShowValues(on)}
            />
          </section>
        ) : (
          <ViewLegend
            legend={{ question: legend.question, rows: legend.rows, colours: new Map() }}
            t={t}
            tier={communes ? 'commune' : 'district'}
            filtered={legend.matching !== null}
          />
        )}
        {view === 'agency' && (
          <div className="agency-pick-wrap">
            {agencyPick ? (
              <button type="button" className="small" onClick={() => st.setAgencyPick(null)}>
                {t('agency.pick.clear')}
              </button>
            ) : (
              <p className="small muted">{t('agency.pick.none')}</p>
            )}
            <AgencyPicker t={t} agencies={agencies} picked={agencyPick} onPick={(key) => st.setAgencyPick(key)} />
          </div>
        )}
      </div>
    </>
  );
}
