/**
 * Presentation mode on today's communes (units from 1 July 2025) when the plans' predecessors are not what is
 * shown: a province opened by itself, or today's communes coloured by the office's 2025 table. Steps through all
 * the province's communes, or (L) through its lagging communes by the office's table (./Office2025 rules).
 */
import { lagging2025, laggingCodes2025 } from '../domain/office-2025';
import { REFORM_DATE } from '../domain/history';
import { formatDate } from '../i18n/i18n';
import { selectT } from '../state/selectors';
import { selectOffice2025, selectOfficeLegend2025, selectProvince2025 } from '../state/province-choices';
import { useAppStore } from '../state/store';
import type { AppState } from '../state/types';
import { Swatch } from './parts';
import { OfficeFacts2025 } from './Office2025';
import { PresentTitleBar } from './PresentTitleBar';

export type Sequence2025Kind = 'communes' | 'lagging';

/** Which communes presentation steps through, or null when the plans' presentation (predecessors) applies. */
export function sequence2025Kind(s: AppState): Sequence2025Kind | null {
  const p = selectProvince2025(s);
  if (!p || s.newCommuneBoundaries) return null;
  const o = selectOffice2025(s);
  if (s.presentOrder === 'lagging' && o && laggingCodes2025(lagging2025(o.office, s.year)).length) return 'lagging';
  return o || !s.history ? 'communes' : null;
}

/** The codes stepped through (see sequence2025Kind); null when the plans' presentation applies. */
export function sequence2025(s: AppState): string[] | null {
  const kind = sequence2025Kind(s);
  const p = selectProvince2025(s);
  if (!kind || !p) return null;
  if (kind === 'lagging') return laggingCodes2025(lagging2025(selectOffice2025(s)!.office, s.year));
  return p.model.communes.map((c) => c.code);
}

function CurrentCommune({ code, seq }: { code: string; seq: readonly string[] }) {
  const t = useAppStore(selectT);
  const p = useAppStore(selectProvince2025);
  const commune = p?.model.byCode.get(code);
  if (!commune) return null;
  return (
    <div className="key-figures" data-commune-2025={code}>
      <div className="step">{t('present.step', { index: seq.indexOf(code) + 1, total: seq.length })}</div>
      <h2 id="present-commune-2025">{commune.name}</h2>
      <OfficeFacts2025 code={code} />
    </div>
  );
}

export function Communes2025Presentation({ step }: { step: (delta: number) => void }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const p = useAppStore(selectProvince2025);
  const kind = useAppStore(sequence2025Kind);
  const code = useAppStore((s) => s.focusedNewCommune);
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  const legend = useAppStore(selectOfficeLegend2025);
  // Recomputed with the store (cheap: one pass over the province's communes).
  const seq = useAppStore((s) => sequence2025(s)?.join(',') ?? '')
    .split(',')
    .filter(Boolean);
  if (!p || !kind) return null;
  return (
    <>
      <PresentTitleBar
        title={`${p.model.province.name} — ${t('units.asOf.label')} ${formatDate(unitsAsOf ?? REFORM_DATE, language)}`}
        order={
          <span className="present-order" data-present-2025={kind}>
            {kind === 'lagging' ? t('present.order.lagging2025') : t('present.order.communes2025')}
          </span>
        }
        step={step}
      />
      <aside className="present-side" aria-live="polite">
        {code && seq.includes(code) ? (
          <CurrentCommune code={code} seq={seq} />
        ) : (
          <div className="key-figures">
            <h2>{p.model.province.name}</h2>
            <p>{t('communes2025.count', { province: p.model.province.name, count: p.model.communes.length })}</p>
          </div>
        )}
        {legend && (
          <ul className="present-legend">
            {legend.rows.map((r) => (
              <li key={r.key}>
                <Swatch color={r.colour} hatched={r.hatched} />
                {r.label} <span className="muted">({legend.matching ? `${r.shown}/${r.total}` : r.total})</span>
              </li>
            ))}
          </ul>
        )}
        <p className="present-hint">{t('present.hint2025')}</p>
      </aside>
    </>
  );
}
