/**
 * The rows of a 2025 commune's predecessor table, one per predecessor commune (name, district, code, the way it
 * came in, its level with criteria, its registration, its agencies) and one per predecessor in another old
 * province ("no data"): shared by the panel's list of today's communes and the commune picked on the map.
 */
import type { ReactNode } from 'react';
import type { NewCommuneSummary, PredecessorFacts } from '../domain/crosswalk';
import type { LevelState } from '../domain/levels';
import type { MessageKey, Translate } from '../i18n/i18n';
import { LEVEL_COLORS, textColorOn } from '../ui/scale';

export function LevelBadge2025({ level, t }: { level: LevelState; t: Translate }) {
  const bg = LEVEL_COLORS[level];
  return (
    <span className="badge" data-level={level} style={{ background: bg, color: textColorOn(bg) }}>
      {t(`level.${level}` as MessageKey)}
    </span>
  );
}

export function PredecessorRows({ summary, t, registration }: { summary: NewCommuneSummary; t: Translate; registration: (p: PredecessorFacts) => ReactNode }) {
  return (
    <>
      {summary.predecessors.map((p) => (
        <tr key={p.code} data-predecessor={p.code}>
          <th scope="row">
            {p.name}
            <div className="muted small">
              {[p.districtName, p.code, p.split ? t('newCommunes.panel.split') : null].filter(Boolean).join(' · ')}
              {p.crosswalk.midCode && p.crosswalk.midCode !== p.code ? ` · ${t('newUnits.via', { name: p.crosswalk.midName ?? p.crosswalk.midCode })}` : ''}
            </div>
            {p.crosswalk.evidence && <div className="muted small">{t(`evidence.${p.crosswalk.evidence}` as MessageKey)}</div>}
          </th>
          <td>
            <LevelBadge2025 level={p.level} t={t} />
            {p.criteria && <div className="small">{`${p.criteria.met}/${p.criteria.total}`}</div>}
          </td>
          <td>{registration(p)}</td>
          <td>{p.agencies.join('; ') || t('level.no-data')}</td>
        </tr>
      ))}
      {summary.otherPredecessors.map((o) => (
        <tr key={o.code} className="other-province" data-predecessor={o.code}>
          <th scope="row">
            {o.name}
            <div className="muted small">{t('newUnits.otherProvince')}</div>
          </th>
          <td>
            <LevelBadge2025 level="no-data" t={t} />
          </td>
          <td>
            <LevelBadge2025 level="no-data" t={t} />
          </td>
          <td>{t('level.no-data')}</td>
        </tr>
      ))}
    </>
  );
}
