/** The plan-era communes whose new commune is not known, in the 2025 units' side panel. Props only (no store): pass model.unfollowed. */
import type { Translate } from '../i18n/i18n';
import type { CrosswalkRow } from '../domain/history';

/** The plan-era communes whose 2025 commune is not known, listed as such (with the reason). */
export function UnfollowedCommunes({ rows, t }: { rows: readonly CrosswalkRow[]; t: Translate }) {
  if (rows.length === 0) return null;
  return (
    <section className="unfollowed" data-unfollowed={rows.length}>
      <h3 className="small">{t('newCommunes.unfollowed.title', { count: rows.length })}</h3>
      <ul className="plain small">
        {rows.map((r) => (
          <li key={r.oldCode} data-old-commune={r.oldCode}>
            {r.oldName} ({r.oldCode}){r.problem ? ` — ${t(`crosswalk.problem.${r.problem}`)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
