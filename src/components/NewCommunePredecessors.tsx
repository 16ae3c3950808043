/**
 * One 2025 commune's predecessors and what the plans say of them, with citations: what clicking a commune of
 * today opens. Takes everything as props (no store): the summary from newCommuneSummaries / Province2025Model,
 * the map's view and year, and the translator.
 */
import { formatQuantity } from '../domain/quantity';
import type { Translate } from '../i18n/i18n';
import type { NewCommuneSummary } from '../domain/crosswalk';
import { newCommuneCategory, registeredLevel, type NewCommuneView } from '../domain/new-commune-plan';
import { categoryCountText, citationText, outsideText, partialText } from '../domain/new-commune-texts';
import { LevelBadge2025, PredecessorRows } from './PredecessorRows';

const Badge = LevelBadge2025;

export interface NewCommunePredecessorsProps {
  summary: NewCommuneSummary;
  view: NewCommuneView;
  year: number;
  t: Translate;
  onClose?: () => void;
}

export function NewCommunePredecessors({ summary, view, year, t, onClose }: NewCommunePredecessorsProps) {
  const category = newCommuneCategory(summary, view, year);
  const notes = [partialText(category, t), outsideText(category, t)].filter((n): n is string => n !== null);
  const targets = summary.predecessors.flatMap((p) =>
    p.districtTargets.filter((x) => x.year === year).map((x) => ({ ...x, district: p.districtName ?? p.districtCode ?? '' })),
  );
  const uniqueTargets = [...new Map(targets.map((x) => [`${x.district}|${x.label}|${x.year}`, x])).values()];
  return (
    <section
      className="new-commune-predecessors"
      data-new-commune={summary.code}
      data-category={category.category}
      data-share={category.share}
      data-partial={category.partial || undefined}
    >
      <div className="section-head">
        <h3>{t('newCommunes.panel.title', { name: summary.name, code: summary.code })}</h3>
        {onClose && (
          <button type="button" className="link" onClick={onClose} aria-label={t('import.cancel')}>
            ×
          </button>
        )}
      </div>
      <p data-count-text>{categoryCountText(category, t)}</p>
      {notes.map((n) => (
        <p key={n} className="warn small" data-note>
          {n}
        </p>
      ))}
      <table className="predecessors">
        <caption>{t('newUnits.predecessors')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.oldName')}</th>
            <th scope="col">{t('col.level')}</th>
            <th scope="col">{t('col.registrationIn', { year: String(year) })}</th>
            <th scope="col">{t('col.agency')}</th>
          </tr>
        </thead>
        <tbody>
          <PredecessorRows summary={summary} t={t} registration={(p) => <Badge level={registeredLevel(p, year)} t={t} />} />
        </tbody>
      </table>
      {uniqueTargets.length > 0 && (
        <>
          <h4 className="small">{t('newCommunes.panel.targets')}</h4>
          <ul className="plain small" data-targets>
            {uniqueTargets.map((x) => (
              <li key={`${x.district}|${x.label}`} title={citationText(x.source, t)}>
                {x.district}:{' '}
                {t('newCommunes.panel.target', {
                  label: x.label,
                  year: String(x.year),
                  planned: x.planned !== null ? formatQuantity(x.planned) : x.cumulative !== null ? formatQuantity(x.cumulative) : '—',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.predecessors.some((p) => p.citations.length > 0) && (
        <>
          <h4 className="small">{t('newCommunes.panel.sources')}</h4>
          <ul className="plain small citations" data-citations>
            {summary.predecessors.flatMap((p) =>
              p.citations.map((c, i) => (
                <li key={`${p.code}-${i}`} data-citation={c.fact}>
                  <strong>{p.name}</strong> ({t(c.fact === 'level' ? 'col.level' : c.fact === 'registration' ? 'col.registration' : 'col.agency')}):{' '}
                  {citationText(c, t)}
                </li>
              )),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
