/**
 * Presentation mode for the meeting-room screen: full screen, large title and legend, and keyboard
 * stepping through districts (or the lagging list) with the map flying to each and its key figures large.
 */
import { useEffect } from 'react';
import { rollupNewCommunes } from '../domain/rollup';
import { summaryText } from '../domain/history-tables';
import { formatDate } from '../i18n/i18n';
import { LevelBadge, Swatch } from './parts';
import { laggingDistricts } from '../domain/progress';
import type { MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectMapLegend, selectModel, selectNewCommuneSummaries, selectPlanModel, selectScene, selectT } from '../state/selectors';
import { viewTitle } from '../ui/legend';
import { textColorOn } from '../ui/scale';
import { areaFacts } from '../ui/area-facts';
import { compareVi } from '../domain/names';
import { PresentTitleBar } from './PresentTitleBar';
import { Communes2025Presentation, sequence2025, sequence2025Kind } from './Present2025';

/** Districts in stepping order. */
export function presentationSequence(): string[] {
  const { presentOrder, year } = useAppStore.getState();
  const model = selectModel(useAppStore.getState());
  if (!model) return [];
  const byName = [...model.districts].sort((a, b) => compareVi(a.name, b.name)).map((d) => d.code);
  if (presentOrder === 'all') return byName;
  const { ranked, withoutResults } = laggingDistricts(model, year);
  const lagging = [...ranked.map((e) => e.code), ...withoutResults.map((p) => p.code)];
  return lagging.length ? lagging : byName;
}

/** The item `delta` steps from `current` in `seq`, wrapping; from nothing, the first (or last, going back). */
function stepFrom(seq: readonly string[], current: string | null, delta: number): string | undefined {
  if (!seq.length) return undefined;
  const i = current ? seq.indexOf(current) : -1;
  return seq[i < 0 ? (delta > 0 ? 0 : seq.length - 1) : (i + delta + seq.length) % seq.length];
}

export function step(delta: number): void {
  const state = useAppStore.getState();
  if (selectScene(state).kind === 'reform') {
    // From 1 July 2025: through today's communes or the lagging ones (./Present2025), else the new communes formed
    // from planned ones, in reading order.
    const next = stepFrom(sequence2025(state) ?? selectNewCommuneSummaries(state).map((s) => s.code), state.focusedNewCommune, delta);
    if (next) state.setFocusedNewCommune(next);
    return;
  }
  const next = stepFrom(presentationSequence(), state.selectedDistrict, delta);
  if (next) state.selectDistrict(next, { zoom: true });
}

function KeyFigures() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const code = useAppStore((s) => s.selectedDistrict);
  const year = useAppStore((s) => s.year);
  const view = useAppStore((s) => s.view);
  const agencyPick = useAppStore((s) => s.agencyPick);
  const language = useAppStore((s) => s.language);
  const legend = useAppStore(selectMapLegend);
  useAppStore((s) => s.presentOrder);
  if (!model || !legend) return null;
  const district = model.districts.find((d) => d.code === code);
  const seq = presentationSequence();
  if (!district) {
    return (
      <div className="key-figures">
        <h2>{model.province.name}</h2>
      </div>
    );
  }
  // The same facts as the panel's "On the map" (ui/area-facts.ts): the map's category, its label and the lines.
  const facts = areaFacts(model, legend, { view, year, agencyPick }, district.code, t, (iso) => formatDate(iso, language));
  return (
    <div className="key-figures" data-district={district.code} data-view={view} data-year={year} data-category={facts.category}>
      <div className="step">{t('present.step', { index: seq.indexOf(district.code) + 1, total: seq.length })}</div>
      <h2 id="present-district">{district.name}</h2>
      <p>
        <span className="badge big" style={{ background: facts.colour, color: textColorOn(facts.colour) }}>
          {facts.label}
        </span>
      </p>
      <p className="present-question">{facts.question}</p>
      <ul className="present-facts">
        {facts.lines.map((l) => (
          <li key={l.text}>{l.text}</li>
        ))}
      </ul>
    </div>
  );
}

export function PresentationOverlay() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  const order = useAppStore((s) => s.presentOrder);
  const reform = useAppStore(selectScene).kind === 'reform';
  const history = useAppStore((s) => s.history);
  const present2025 = useAppStore(sequence2025Kind) !== null;
  const legend = useAppStore(selectMapLegend);

  useEffect(() => {
    let enteredFullscreen = false;
    document.documentElement
      .requestFullscreen?.()
      .then(() => {
        enteredFullscreen = true;
      })
      .catch(() => undefined);
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        step(1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        step(-1);
      } else if (e.key === 'l' || e.key === 'L') {
        const s = useAppStore.getState();
        s.setPresentOrder(s.presentOrder === 'all' ? 'lagging' : 'all');
      } else if (e.key === 'Escape') {
        useAppStore.getState().setPresenting(false);
      } else if (e.key === 'Home') {
        useAppStore.getState().selectDistrict(null);
        useAppStore.getState().setFocusedNewCommune(null);
      }
    };
    const onFullscreen = () => {
      if (enteredFullscreen && !document.fullscreenElement) useAppStore.getState().setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  if (reform && present2025) return <Communes2025Presentation step={step} />;
  if (!model) return null;
  if (reform && history) return <NewUnitsPresentation />;
  const entries = legend?.rows ?? [];
  return (
    <>
      <PresentTitleBar
        title={`${model.province.name} — ${viewTitle(t, view, year)}`}
        order={<span className="present-order">{order === 'all' ? t('present.order.all') : t('present.order.lagging')}</span>}
        step={step}
      />
      <aside className="present-side" aria-live="polite">
        <KeyFigures />
        <ul className="present-legend">
          {entries.map((e) => (
            <li key={e.key}>
              <Swatch color={e.colour} hatched={e.hatched} />
              {e.label} <span className="muted">({legend?.matching ? `${e.shown}/${e.total}` : e.total})</span>
            </li>
          ))}
        </ul>
        <p className="present-hint">{t('present.hint')}</p>
      </aside>
    </>
  );
}

/** From 1 July 2025: the new province, and the new commune being presented with its predecessors, large. */
function NewUnitsPresentation() {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const model = useAppStore(selectPlanModel);
  const history = useAppStore((s) => s.history);
  const code = useAppStore((s) => s.focusedNewCommune);
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  const summaries = useAppStore(selectNewCommuneSummaries);
  if (!model || !history) return null;
  const current = summaries.find((s) => s.code === code);
  const position = current ? summaries.indexOf(current) + 1 : 0;
  return (
    <>
      <PresentTitleBar title={`${history.newProvince.name} — ${t('units.asOf.label')} ${formatDate(unitsAsOf ?? history.reform.date, language)}`} step={step} />
      <aside className="present-side" aria-live="polite">
        {current ? (
          <div className="key-figures" data-new-commune={current.code}>
            <h2 id="present-new-commune">{current.name}</h2>
            <p className="small">{t('present.position', { index: position, count: summaries.length })}</p>
            <p className="present-summary">
              {current.summary.kind !== 'no-data' && <LevelBadge level={current.summary.level} />} {summaryText(current.summary, t)}
            </p>
            <ul className="plain present-predecessors">
              {current.predecessors.map((p) => (
                <li key={p.code}>
                  {p.name} <LevelBadge level={p.level} />
                  {p.registrations.length > 0 && (
                    <span className="small"> · {p.registrations.map((r) => `${t(`level.${r.targetLevel}` as MessageKey)} ${r.targetYear}`).join('; ')}</span>
                  )}
                </li>
              ))}
              {current.otherPredecessors.map((o) => (
                <li key={o.code} className="muted">
                  {o.name} ({t('newUnits.otherProvince')})
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="key-figures">
            <h2>{model.province.name}</h2>
            <p>{t('newUnits.rollup', { units: summaries.length, predecessors: rollupNewCommunes(summaries).predecessors, old: model.province.name })}</p>
            <p className="big-hint">{t('present.hintNewUnits')}</p>
          </div>
        )}
        <p className="rule small">{t('newUnits.rule')}</p>
      </aside>
    </>
  );
}
