/** Map exports: PNG at 2× with title, legend, date and source; print / PDF on A4 landscape. */
import { useState } from 'react';
import { formatDate } from '../i18n/i18n';
import type { MapHandle } from '../map/handle';
import { useMap } from '../map/map-context';
import { LABEL_FONT } from '../map/font';
import { todayIso, useAppStore } from '../state/store';
import { selectMapLegend, selectModel, selectPlanModel, selectScene, selectT } from '../state/selectors';
import { exportFooter } from '../ui/attribution';
import { nameKey } from '../domain/names';
import { province2025Legend } from '../domain/new-commune-plan';
import { legendRowText } from '../domain/new-commune-texts';
import { provinceAgencies } from '../domain/views';
import { downloadBlob } from '../ui/download';
import { printPage } from '../ui/print';
import { CreditsButton } from './CreditsDialog';
import { selectOfficeLegend2025, selectProvince2025, selectView2025 } from '../state/province-choices';
import { legendEntries } from '../ui/legend';
import { mapTitleText } from './Legend';
import { REFORM_DATE } from '../domain/history';
import { categoryColor, NATIONAL_COLORS, REFORM_COLORS } from '../ui/scale';
import { PLAN_SLUGS } from '../data/load';

/** The plan the map's data comes from, or null (a 2025 province opened by itself has none). */
export function documentLine(): string | null {
  const model = selectModel(useAppStore.getState());
  if (!model || !model.plan.document.file) return null;
  const d = model.plan.document;
  return `${d.title} (${d.issuer}, ${d.issued})`;
}

/** The PNG legend of today's communes (colours and counts as on screen), when they are drawn. */
function legend2025(state: ReturnType<typeof useAppStore.getState>, t: ReturnType<typeof selectT>) {
  const p = state.newCommuneBoundaries ? null : selectProvince2025(state);
  // Coloured by the office's 2025 table: its legend, with the counts the filters leave.
  const office = selectOfficeLegend2025(state);
  if (office) return office.rows.map((r) => ({ key: r.key, color: r.colour, label: r.label, count: office.matching ? r.shown : r.total }));
  if (!p || !p.model.plans.length) return null;
  const plan = selectPlanModel(state);
  const agencyKeys = plan ? provinceAgencies(plan).map((a) => nameKey(a.name)) : [];
  const view = selectView2025(state);
  return province2025Legend(p.model, view, state.year).rows.map((row) => ({
    key: row.category,
    color: categoryColor(row.category, agencyKeys),
    label: legendRowText(row, t),
    count: row.all + row.some,
  }));
}

/** The national overview as a PNG: the provinces with a plan (or the new provinces holding one) and the others. */
async function exportNationalPng(handle: MapHandle, newProvinces: boolean): Promise<Blob> {
  const state = useAppStore.getState();
  const t = selectT(state);
  const seedCodes = new Set(state.provinces.filter((p) => PLAN_SLUGS.includes(p.slug)).map((p) => p.code));
  const total = newProvinces ? (state.newProvinces?.length ?? 34) : state.provinces.length + 1; // + Quảng Ninh (no district file)
  const seeds = newProvinces ? (state.newProvinces ?? []).filter((p) => p.members.some((m) => seedCodes.has(m))).length : seedCodes.size;
  const { renderMapPng } = await import('../map/export-png');
  const { insetForExport } = await import('../map/layers/islands');
  const blob = await renderMapPng(handle.map, {
    title: t('national.title'),
    subtitle: newProvinces ? t('national.legend2025') : t('national.legend'),
    legendTitle: t('legend.title'),
    legend: [
      { key: 'seed', color: NATIONAL_COLORS.seed, label: newProvinces ? t('national.seed2025') : t('national.seed'), count: seeds },
      { key: 'other', color: NATIONAL_COLORS.other, label: t('national.other'), count: total - seeds },
    ],
    footer: exportFooter(state, formatDate(todayIso(), state.language), null),
    font: LABEL_FONT,
    overlays: () => ({ labels: handle.labels.drawnLabels(), inset: insetForExport(handle.map) }),
  });
  downloadBlob(newProvinces ? `toan-quoc-${state.unitsAsOf}.png` : 'toan-quoc.png', blob);
  return blob;
}

export async function exportPng(handle: MapHandle | null): Promise<Blob | null> {
  const state = useAppStore.getState();
  const scene = selectScene(state);
  const s = { ...state, model: selectModel(state), t: selectT(state) };
  const map = handle?.map;
  if (handle && map && scene.kind === 'national') return exportNationalPng(handle, scene.newProvinces);
  // From 1 July 2025 the map shows the new province (with its old provinces, where the app has them), not districts.
  const p2025 = selectProvince2025(state);
  const name2025 = state.history?.newProvince.name ?? p2025?.model.province.name;
  const reform = scene.kind === 'reform' && name2025 !== undefined;
  if (!handle || !map || scene.kind === 'national' || (!s.model && !reform)) return null;
  const district = s.model?.districts.find((d) => d.code === s.selectedDistrict);
  const { renderMapPng } = await import('../map/export-png');
  const { insetForExport } = await import('../map/layers/islands');
  const blob = await renderMapPng(map, {
    title: reform ? name2025! : `${s.model!.province.name}${district ? ` — ${district.name}` : ''}`,
    subtitle: reform
      ? s.t('units.era.reform', { date: formatDate(s.history?.reform.date ?? REFORM_DATE, s.language), province: name2025! })
      : mapTitleText(state, s.model!, s.t),
    legendTitle: reform ? s.t('legend.title') : (selectMapLegend(state)?.question ?? s.t('legend.title')),
    legend: reform
      ? (legend2025(state, s.t) ??
        (s.model && s.history
          ? [
              { key: 'seed', color: REFORM_COLORS.seed, label: `${s.model.province.name} — ${s.t('newUnits.legend.seed')}`, count: 1 },
              { key: 'other', color: REFORM_COLORS.other, label: s.t('newUnits.legend.other'), count: s.history.newProvince.members.length - 1 },
            ]
          : []))
      : legendEntries(s.model!, s.view, s.year, s.t, 'district', {
          filter: s.filter,
          agencyPick: s.agencyPick,
          indicator: s.indicator,
          classMethod: s.classMethod,
        }),
    // The plan, and exactly the boundary files drawn (the 2025 files' attribution from 1 July 2025, issue 14).
    footer: exportFooter(state, formatDate(todayIso(), s.language), documentLine()),
    font: LABEL_FONT,
    overlays: () => ({ labels: handle.labels.drawnLabels(), inset: insetForExport(map) }),
  });
  const slug = s.model?.plan.province.slug ?? p2025?.model.province.slug ?? 'ntm';
  downloadBlob(reform ? `${slug}-${s.unitsAsOf}.png` : `${slug}-${s.view}-${s.year}.png`, blob);
  return blob;
}

export function ExportBar() {
  const t = useAppStore(selectT);
  const national = useAppStore(selectScene).kind === 'national';
  const [busy, setBusy] = useState(false);
  const handle = useMap();
  return (
    <div className="export-bar">
      <button
        type="button"
        id="export-png"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void exportPng(handle).finally(() => setBusy(false));
        }}
      >
        {t('export.png')}
      </button>
      <button type="button" id="export-print" onClick={() => void printPage(handle?.map ?? null)}>
        {t('export.print')}
      </button>
      {!national && (
        <button type="button" id="present" className="primary" onClick={() => useAppStore.getState().setPresenting(true)}>
          {t('present.enter')}
        </button>
      )}
      <CreditsButton />
    </div>
  );
}
